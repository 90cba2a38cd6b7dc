/**
 * How far to trust a model's confidence: reliability bins and the expected calibration error
 * ({@link jielong.calibration.Reliability}, Guo et al. 2017), temperature scaling fitted on held-out
 * predictions ({@link jielong.calibration.TemperatureScaling}), answering only above a confidence
 * threshold ({@link jielong.calibration.Abstention}), and the Good-Turing share of things seen once
 * ({@link jielong.calibration.GoodTuring}), which Kalai and Vempala (2023) tie to hallucination.
 * Plain arrays in, numbers out: no model or lesson involved.
 */
package jielong.calibration;
