package jielong.notebook.kernel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import jielong.notebook.display.MimeBundle;
import jielong.notebook.display.Renderers;
import jielong.notebook.eval.CellError;
import jielong.notebook.eval.CellResult;
import jielong.notebook.eval.CodeAssist;
import jielong.notebook.eval.Evaluator;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;

/**
 * The course's Jupyter kernel: JJava's protocol library speaks to Jupyter, our {@link Evaluator} runs
 * the cells. We take over execute requests so that errors, rich values and display updates come out
 * exactly as the notebook runner stores them.
 */
public final class JielongKernel extends BaseKernel {

    private final CompletableFuture<Evaluator> evaluator = new CompletableFuture<>();

    /** Creates the kernel; {@link #startEvaluator} then starts JShell. */
    public JielongKernel() {
        super("jielong", version(), languageInfo(),
                List.of(), // no help links: the kernel names no web address (the course works offline)
                null, new JupyterIO(StandardCharsets.UTF_8), new CommManager(), new Renderer(),
                null, null, false, new StringStyler.Builder().build());
    }

    /**
     * Starts JShell in the background, so the kernel answers Jupyter at once, and warms it up, so the
     * first cell does not pay for the compiler's first run. Cells wait for it if they come sooner.
     */
    public void startEvaluator(Path workingDir) {
        Thread starter = new Thread(() -> {
            try {
                Evaluator started = new Evaluator(workingDir);
                started.warmUp();
                evaluator.complete(started);
            } catch (RuntimeException | Error e) {
                evaluator.completeExceptionally(e);
            }
        }, "jielong-evaluator-start");
        starter.setDaemon(true);
        starter.start();
    }

    private static String version() {
        String version = JielongKernel.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    private static LanguageInfo languageInfo() {
        return new LanguageInfo("java", Runtime.version().toString(), "text/x-java-source", ".jshell",
                "java", "text/x-java", "script");
    }

    /** Waits for JShell to finish starting; the first cell may wait a moment, later ones never. */
    Evaluator evaluator() {
        return evaluator.join();
    }

    @Override
    protected synchronized void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        commManager.setMessageContext(message);
        ExecuteRequest request = message.getContent();
        int count = request.isSilent() ? executionCount.get() : executionCount.getAndIncrement();
        env.setBusyDeferIdle();
        env.publish(new PublishExecuteInput(request.getCode(), count));

        JupyterSink sink = new JupyterSink(env);
        CellResult result = evaluator().eval(request.getCode(), count, sink, null);
        CellError error = result.error();
        if (result.ok() && result.hasValue() && !request.isSilent()) {
            try {
                MimeBundle bundle = Renderers.render(result.value());
                sink.flush();
                env.publish(new PublishExecuteResult(count, JupyterSink.toDisplayData(bundle, null)));
            } catch (RuntimeException e) {
                error = CellError.renderingFailed(e);
            }
        }
        sink.flush();
        if (error == null) {
            env.defer().reply(new ExecuteReply(count, Collections.emptyMap()));
            return;
        }
        env.publish(new PublishError(error.name(), error.message(), error.traceback()));
        ErrorReply reply = new ErrorReply(error.name(), error.message(), error.traceback());
        reply.setExecutionCount(count);
        env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), reply);
    }

    /** Not used for cells (see {@link #handleExecuteRequest}); JJava's own helpers may still call it. */
    @Override
    public Object evalRaw(String source) {
        CellResult result = evaluator().eval(source);
        if (!result.ok()) {
            throw new IllegalStateException(result.error().render());
        }
        return result.value();
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        String text = evaluator().assist().inspect(code, at);
        return text.isEmpty() ? null : new DisplayData(text);
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        CodeAssist.Completion completion = evaluator().assist().complete(code, at);
        return new ReplacementOptions(completion.matches(), completion.start(), completion.end());
    }

    @Override
    public String isComplete(String code) {
        switch (evaluator().assist().completeness(code)) {
            case COMPLETE:
            case COMPLETE_WITH_SEMI:
            case EMPTY:
                return IS_COMPLETE_YES;
            case DEFINITELY_INCOMPLETE:
            case CONSIDERED_INCOMPLETE:
                return "    "; // incomplete: Jupyter indents the next line by this much
            default:
                return IS_COMPLETE_BAD;
        }
    }

    /** Jupyter's interrupt button, sent as a message (kernel.json says {@code interrupt_mode: message}). */
    @Override
    public void interrupt() {
        if (evaluator.isDone()) {
            evaluator.join().interrupt();
        }
    }

    @Override
    public void onShutdown(boolean restarting) {
        super.onShutdown(restarting);
        if (evaluator.isDone()) {
            evaluator.join().close();
        }
    }
}
