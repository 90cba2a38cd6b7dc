package jielong.notebook.eval;

import java.util.Map;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/** Hands JShell our {@link InProcessExecution} and remembers it, so the evaluator can reach it. */
final class InProcessExecutionProvider implements ExecutionControlProvider {

    private final ClassLoader parent;
    private InProcessExecution execution;

    InProcessExecutionProvider(ClassLoader parent) {
        this.parent = parent;
    }

    @Override
    public String name() {
        return "jielong-in-process";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        execution = new InProcessExecution(new CellClassLoader(parent));
        return execution;
    }

    InProcessExecution execution() {
        return execution;
    }
}
