/**
 * Moving weights between Jielong and other tools: NumPy's {@code .npz} archives ({@link
 * jielong.io.Npz}), which {@code numpy.load} reads, holding a GPT's weights under GPT-2's parameter
 * names ({@link jielong.io.Weights}), so a model moves to PyTorch or NumPy and back.
 */
package jielong.io;
