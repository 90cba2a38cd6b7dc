/**
 * Training: the {@link jielong.train.Trainer} loop with AdamW, warm-up and cosine decay, validation,
 * progress reports, and {@link jielong.train.Checkpoint}s that resume exactly (same seed, same
 * numbers); {@link jielong.train.TokenData} holds the token stream it draws batches from.
 */
package jielong.train;
