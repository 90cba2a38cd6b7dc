#!/usr/bin/env python3
"""PyTorch reference for gpu/verify.sh: the same tiny GPT as the toolkit's `bench train`, trained
the same way, on the GPU, so the Java CUDA backend's tokens/s can be read against it.

Model: decoder-only transformer, character-level, learned positional embeddings, pre-LayerNorm
blocks, causal multi-head self-attention, GELU MLP (4x), final LayerNorm, output head tied to the
token embedding, no dropout; the other linear layers have biases, as in GPT-2. Weights N(0, 0.02).
Optimiser: AdamW(lr=1e-3, betas=(0.9, 0.99), weight_decay=0.1), gradient clip 1.0.
Plain fp32 matrix products unless --tf32; attention written out (no fused kernel), as in the
engine. Each step ends with torch.cuda.synchronize(), so the times are whole steps.

Prints: params, ms_per_iter (median), tokens_per_s, loss_first, loss_last.
"""
import argparse
import math
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


class Block(nn.Module):
    def __init__(self, d, heads, block):
        super().__init__()
        self.heads = heads
        self.ln1 = nn.LayerNorm(d)
        self.qkv = nn.Linear(d, 3 * d)
        self.proj = nn.Linear(d, d)
        self.ln2 = nn.LayerNorm(d)
        self.fc = nn.Linear(d, 4 * d)
        self.out = nn.Linear(4 * d, d)
        self.register_buffer("mask", torch.tril(torch.ones(block, block)).view(1, 1, block, block))

    def attend(self, x):
        b, t, d = x.shape
        q, k, v = self.qkv(x).split(d, dim=2)
        q, k, v = (z.view(b, t, self.heads, d // self.heads).transpose(1, 2) for z in (q, k, v))
        w = (q @ k.transpose(-2, -1)) / math.sqrt(d // self.heads)
        w = w.masked_fill(self.mask[:, :, :t, :t] == 0, float("-inf"))
        y = F.softmax(w, dim=-1) @ v
        return self.proj(y.transpose(1, 2).contiguous().view(b, t, d))

    def forward(self, x):
        x = x + self.attend(self.ln1(x))
        return x + self.out(F.gelu(self.fc(self.ln2(x)), approximate="tanh"))


class GPT(nn.Module):
    def __init__(self, vocab, block, layers, heads, d):
        super().__init__()
        self.tok = nn.Embedding(vocab, d)
        self.pos = nn.Embedding(block, d)
        self.blocks = nn.Sequential(*[Block(d, heads, block) for _ in range(layers)])
        self.ln = nn.LayerNorm(d)
        self.head = nn.Linear(d, vocab, bias=False)
        self.head.weight = self.tok.weight
        self.apply(self._init)

    @staticmethod
    def _init(m):
        if isinstance(m, (nn.Linear, nn.Embedding)):
            nn.init.normal_(m.weight, mean=0.0, std=0.02)
        if isinstance(m, nn.Linear) and m.bias is not None:
            nn.init.zeros_(m.bias)

    def forward(self, idx, targets):
        t = idx.shape[1]
        x = self.tok(idx) + self.pos(torch.arange(t, device=idx.device))
        logits = self.head(self.ln(self.blocks(x)))
        return F.cross_entropy(logits.view(-1, logits.size(-1)), targets.view(-1))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--data", required=True, help="a UTF-8 text file")
    p.add_argument("--layers", type=int, default=4)
    p.add_argument("--heads", type=int, default=4)
    p.add_argument("--embd", type=int, default=128)
    p.add_argument("--block", type=int, default=64)
    p.add_argument("--batch", type=int, default=12)
    p.add_argument("--iters", type=int, default=200)
    p.add_argument("--warmup", type=int, default=10, help="iterations left out of the timing")
    p.add_argument("--seed", type=int, default=1337)
    p.add_argument("--tf32", action="store_true", help="let matrix products use TF32 tensor cores")
    a = p.parse_args()

    torch.backends.cuda.matmul.allow_tf32 = a.tf32
    torch.backends.cudnn.allow_tf32 = a.tf32
    dev = "cuda"
    torch.manual_seed(a.seed)
    text = open(a.data, encoding="utf-8").read()
    chars = sorted(set(text))
    stoi = {c: i for i, c in enumerate(chars)}
    data = torch.tensor([stoi[c] for c in text], dtype=torch.long)

    model = GPT(len(chars), a.block, a.layers, a.heads, a.embd).to(dev)
    opt = torch.optim.AdamW(model.parameters(), lr=1e-3, betas=(0.9, 0.99), weight_decay=0.1)
    g = torch.Generator().manual_seed(a.seed)
    times, losses = [], []
    for it in range(a.iters):
        ix = torch.randint(len(data) - a.block - 1, (a.batch,), generator=g)
        x = torch.stack([data[i:i + a.block] for i in ix]).to(dev)
        y = torch.stack([data[i + 1:i + 1 + a.block] for i in ix]).to(dev)
        torch.cuda.synchronize()
        t0 = time.perf_counter()
        loss = model(x, y)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        losses.append(loss.item())
        torch.cuda.synchronize()
        dt = time.perf_counter() - t0
        if it >= a.warmup:
            times.append(dt)
    ms = 1000 * statistics.median(times)
    print(f"device: {torch.cuda.get_device_name()} torch {torch.__version__} tf32={a.tf32}")
    print(f"params: {sum(p.numel() for p in model.parameters())}")
    print(f"ms_per_iter: {ms:.2f}")
    print(f"tokens_per_s: {a.batch * a.block / (ms / 1000):.0f}")
    print(f"loss_first: {losses[0]:.4f}")
    print(f"loss_last: {statistics.mean(losses[-10:]):.4f}")


if __name__ == "__main__":
    main()
