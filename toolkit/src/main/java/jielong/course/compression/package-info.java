/**
 * Lesson 05 (notebook {@code 05-compression}), prediction is compression: an integer arithmetic coder
 * ({@link jielong.course.compression.ArithmeticEncoder}, {@link
 * jielong.course.compression.ArithmeticDecoder}, over {@link jielong.course.compression.Frequencies})
 * driven by a model's next-token probabilities ({@link jielong.course.compression.Predictor}, {@link
 * jielong.course.compression.ModelCompressor}), compared with gzip, bzip2 and xz ({@link
 * jielong.course.compression.StandardCompressors}, {@link jielong.course.compression.CompressionTable}),
 * and a test of how much of the training text the model memorised ({@link
 * jielong.course.compression.Memorisation}). Reference: Witten, Neal and Cleary 1987.
 */
package jielong.course.compression;
