/**
 * Making a model small by storing its weights in fewer bits: absmax quantization per tensor or per
 * output channel, with or without a zero point ({@link jielong.quant.Quantizer}), int8 and packed int4
 * codes ({@link jielong.quant.QuantizedMatrix}), a matrix-vector product that reads the codes and
 * dequantizes on the fly ({@link jielong.quant.QuantizedMatVec}), and a whole GPT's weights
 * quantized for its held-out loss and its decoding speed ({@link jielong.quant.QuantizedGpt}).
 * Lesson 16 uses it.
 */
package jielong.quant;
