#!/usr/bin/python3
"""An independent GPT-2 forward pass in NumPy over weights exported by `./jielong export`.

Usage: gpt_numpy.py MODEL.npz TOKEN_ID...   prints the logits of the last position, one per line.
Used by WeightsTest to check that the exported file means the same model outside Java.
"""
import sys

import numpy as np


def layer_norm(x, g, b):
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + 1e-5) * g + b


def gelu(x):
    return 0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x ** 3)))


def main():
    w = np.load(sys.argv[1])
    vocab, block, layers, heads, width = (int(v) for v in w["config"])
    idx = np.array([int(t) for t in sys.argv[2:]])
    t = len(idx)
    x = w["wte.weight"][idx].astype(np.float64) + w["wpe.weight"][:t]
    hs = width // heads
    mask = np.tril(np.ones((t, t), dtype=bool))
    for l in range(layers):
        p = f"h.{l}."
        h = layer_norm(x, w[p + "ln_1.weight"], w[p + "ln_1.bias"])
        qkv = h @ w[p + "attn.c_attn.weight"] + w[p + "attn.c_attn.bias"]
        q, k, v = np.split(qkv, 3, axis=1)
        out = np.zeros_like(q)
        for head in range(heads):
            s = slice(head * hs, (head + 1) * hs)
            scores = q[:, s] @ k[:, s].T / np.sqrt(hs)
            scores = np.where(mask, scores, -np.inf)
            p_att = np.exp(scores - scores.max(-1, keepdims=True))
            p_att /= p_att.sum(-1, keepdims=True)
            out[:, s] = p_att @ v[:, s]
        x = x + out @ w[p + "attn.c_proj.weight"] + w[p + "attn.c_proj.bias"]
        h = layer_norm(x, w[p + "ln_2.weight"], w[p + "ln_2.bias"])
        x = x + gelu(h @ w[p + "mlp.c_fc.weight"] + w[p + "mlp.c_fc.bias"]) @ w[p + "mlp.c_proj.weight"] + w[p + "mlp.c_proj.bias"]
    x = layer_norm(x, w["ln_f.weight"], w["ln_f.bias"])
    for value in x[-1] @ w["wte.weight"].T:
        print(repr(float(value)))


if __name__ == "__main__":
    main()
