#!/usr/bin/python3
"""Trains kokoro-server's grapheme-to-phoneme model for English words the lexicon does not know.

    /usr/bin/python3 scripts/g2p-train/train.py LEXICON_DIR EVALUATION_WORDS OUTPUT.onnx [--epochs N] ...

Data: misaki's us_gold/us_silver and gb_gold/gb_silver lexicons (gold wins over silver, as in the server's
Lexicon), the DEFAULT pronunciation of each word, stress marks kept. Every word of EVALUATION_WORDS is left
out in any capitalisation, so the project's measurement (G2pEvaluation) stays honest. A seeded 1 % of the
remaining words is held out for validation and for choosing the best epoch.

Model: a non-autoregressive transformer encoder over the word's letters; each letter position is widened
into UPSAMPLE frames, and one CTC head per dialect (US, GB) reads phonemes from the frames. One encoder pass
serves both dialects, so each word is trained once for both. Inference is one ONNX Runtime call per word:
the exported graph takes the letter ids and returns, for each dialect, the best symbol id of every frame;
the caller collapses repeats and drops blanks (greedy CTC decoding).

Deterministic: seeded shuffling, split and initialisation; single-process CPU training.
"""
import argparse
import json
import math
import os
import random
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

LETTERS = "abcdefghijklmnopqrstuvwxyz'-"
PAD, BOS, EOS = 0, 1, 2
LETTER_IDS = {c: i + 3 for i, c in enumerate(LETTERS)}
MAX_LETTERS = 40
UPSAMPLE = 3
DIALECTS = ("us", "gb")


def read_lexicon(directory, dialect):
    """word -> DEFAULT pronunciation, gold first, then silver for words gold lacks."""
    words = {}
    for grade in ("gold", "silver"):
        with open(os.path.join(directory, f"{dialect}_{grade}.json"), encoding="utf-8") as f:
            for word, value in json.load(f).items():
                if isinstance(value, dict):
                    value = value.get("DEFAULT")
                if value and word not in words:
                    words[word] = value
    return words


def by_lowercase(words):
    """Keys lowercased; when a word is listed both ways (polish/Polish) the lowercase entry wins."""
    out = {}
    for word in sorted(words, key=lambda w: (w.lower(), w != w.lower())):
        key = word.lower()
        if key not in out:
            out[key] = words[word]
    return out


def load_examples(lexicon_dir, evaluation_file):
    with open(evaluation_file, encoding="utf-8") as f:
        excluded = {line.strip().lower() for line in f if line.strip()}
    targets = {d: by_lowercase(read_lexicon(lexicon_dir, d)) for d in DIALECTS}
    words = sorted(set(targets["us"]) | set(targets["gb"]))
    usable = [w for w in words
              if w not in excluded and 0 < len(w) <= MAX_LETTERS and all(c in LETTER_IDS for c in w)]
    return usable, targets, len(excluded & set(words))


def frames(word):
    return UPSAMPLE * (len(word) + 2)


def ctc_fits(word, phonemes):
    """CTC needs a frame per symbol plus a blank between equal neighbours."""
    repeats = sum(1 for a, b in zip(phonemes, phonemes[1:]) if a == b)
    return len(phonemes) + repeats <= frames(word)


class EncoderLayer(nn.Module):
    """Pre-norm transformer layer written out so the ONNX export is plain MatMul/Softmax."""

    def __init__(self, dim, heads, ff, dropout):
        super().__init__()
        self.heads = heads
        self.norm1 = nn.LayerNorm(dim)
        self.qkv = nn.Linear(dim, 3 * dim)
        self.out = nn.Linear(dim, dim)
        self.norm2 = nn.LayerNorm(dim)
        self.ff1 = nn.Linear(dim, ff)
        self.ff2 = nn.Linear(ff, dim)
        self.drop = nn.Dropout(dropout)

    def forward(self, x, key_bias):
        b, n, d = x.shape
        h = self.heads
        q, k, v = self.qkv(self.norm1(x)).reshape(b, n, 3, h, d // h).permute(2, 0, 3, 1, 4)
        scores = q @ k.transpose(-1, -2) / math.sqrt(d // h) + key_bias
        attention = self.drop(torch.softmax(scores, dim=-1)) @ v
        x = x + self.drop(self.out(attention.transpose(1, 2).reshape(b, n, d)))
        return x + self.drop(self.ff2(self.drop(F.gelu(self.ff1(self.norm2(x))))))


class G2pModel(nn.Module):
    def __init__(self, symbols, dim, layers, heads, ff, dropout):
        super().__init__()
        self.dim = dim
        self.embed = nn.Embedding(len(LETTERS) + 3, dim, padding_idx=PAD)
        self.position = nn.Embedding(MAX_LETTERS + 2, dim)
        self.layers = nn.ModuleList(EncoderLayer(dim, heads, ff, dropout) for _ in range(layers))
        self.norm = nn.LayerNorm(dim)
        self.upsample = nn.Linear(dim, UPSAMPLE * dim)
        self.smooth = nn.Conv1d(dim, dim, 3, padding=1)
        self.smooth_norm = nn.LayerNorm(dim)
        self.heads = nn.ModuleList(nn.Linear(dim, symbols + 1) for _ in DIALECTS)  # index 0 is the CTC blank
        self.drop = nn.Dropout(dropout)

    def forward(self, letters):
        """letters [B, N] -> per dialect, logits [B, UPSAMPLE*N, symbols+1]."""
        b, n = letters.shape
        positions = torch.arange(n, device=letters.device).unsqueeze(0)
        x = self.drop(self.embed(letters) + self.position(positions))
        key_bias = (letters == PAD).to(x.dtype).mul(-1e9).reshape(b, 1, 1, n)
        for layer in self.layers:
            x = layer(x, key_bias)
        x = self.upsample(self.norm(x)).reshape(b, n * UPSAMPLE, self.dim)
        x = x + self.drop(F.gelu(self.smooth(x.transpose(1, 2)).transpose(1, 2)))
        x = self.smooth_norm(x)
        return [head(x) for head in self.heads]


class Exported(nn.Module):
    """The inference graph: best symbol id per frame for each dialect."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, letters):
        us, gb = self.model(letters)
        return us.argmax(-1)[0], gb.argmax(-1)[0]


def encode_word(word):
    return [BOS] + [LETTER_IDS[c] for c in word] + [EOS]


def make_batches(words, batch_size, rng):
    """Batches of similar length (less padding), in shuffled order."""
    order = sorted(words, key=lambda w: (len(w), rng.random()))
    batches = [order[i:i + batch_size] for i in range(0, len(order), batch_size)]
    rng.shuffle(batches)
    return batches


def tensors(batch, targets, symbol_ids):
    n = max(len(w) for w in batch) + 2
    letters = torch.zeros(len(batch), n, dtype=torch.long)
    for i, w in enumerate(batch):
        ids = encode_word(w)
        letters[i, :len(ids)] = torch.tensor(ids)
    per_dialect = []
    for d in DIALECTS:
        rows, flat, lengths, input_lengths = [], [], [], []
        for i, w in enumerate(batch):
            p = targets[d].get(w)
            if p is not None and ctc_fits(w, p):
                rows.append(i)
                flat.extend(symbol_ids[c] for c in p)
                lengths.append(len(p))
                input_lengths.append(frames(w))
        per_dialect.append((torch.tensor(rows, dtype=torch.long), torch.tensor(flat, dtype=torch.long),
                            torch.tensor(lengths, dtype=torch.long), torch.tensor(input_lengths, dtype=torch.long)))
    return letters, per_dialect


def greedy(ids, symbols):
    out, previous = [], 0
    for i in ids:
        if i != previous and i != 0:
            out.append(symbols[i - 1])
        previous = i
    return "".join(out)


def edit_distance(a, b):
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        diagonal, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            diagonal, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, diagonal + (ca != cb))
    return row[-1]


def unstressed(p):
    return p.replace("ˈ", "").replace("ˌ", "")


def phoneme_error_rate(model, words, targets, symbols, dialect_index):
    model.eval()
    errors = total = 0
    with torch.no_grad():
        for i in range(0, len(words), 512):
            batch = words[i:i + 512]
            n = max(len(w) for w in batch) + 2
            letters = torch.zeros(len(batch), n, dtype=torch.long)
            for k, w in enumerate(batch):
                ids = encode_word(w)
                letters[k, :len(ids)] = torch.tensor(ids)
            best = model(letters)[dialect_index].argmax(-1)
            for k, w in enumerate(batch):
                reference = targets[DIALECTS[dialect_index]].get(w)
                if reference is None:
                    continue
                guess = greedy(best[k, :frames(w)].tolist(), symbols)
                errors += edit_distance(unstressed(guess), unstressed(reference))
                total += len(unstressed(reference))
    model.train()
    return errors / max(total, 1)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("lexicon_dir")
    parser.add_argument("evaluation_words")
    parser.add_argument("output")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--batch", type=int, default=256)
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--dim", type=int, default=128)
    parser.add_argument("--layers", type=int, default=3)
    parser.add_argument("--heads", type=int, default=4)
    parser.add_argument("--ff", type=int, default=512)
    parser.add_argument("--dropout", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=1234)
    # One thread: on a shared machine OpenMP's spinning makes two threads slower, not faster.
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--limit", type=int, default=0, help="train on only this many words (a quick trial)")
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    started = time.time()

    words, targets, excluded = load_examples(args.lexicon_dir, args.evaluation_words)
    symbols = sorted({c for d in DIALECTS for p in targets[d].values() for c in p})
    symbol_ids = {c: i + 1 for i, c in enumerate(symbols)}
    shuffled = words[:]
    rng.shuffle(shuffled)
    held = max(1000, len(shuffled) // 100)
    validation, training = sorted(shuffled[:held]), shuffled[held:]
    if args.limit:
        training = training[:args.limit]
    print(f"{len(training)} training words, {len(validation)} validation words, {excluded} evaluation words "
          f"left out; {len(symbols)} phoneme symbols: {''.join(symbols)}", flush=True)

    model = G2pModel(len(symbols), args.dim, args.layers, args.heads, args.ff, args.dropout)
    parameters = sum(p.numel() for p in model.parameters())
    print(f"{parameters} parameters", flush=True)
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    steps_per_epoch = math.ceil(len(training) / args.batch)
    total_steps = args.epochs * steps_per_epoch
    warmup = max(1, min(1000, total_steps // 10))
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: min(
        (s + 1) / warmup, 0.5 * (1 + math.cos(math.pi * min(1.0, s / total_steps)))))

    best_per, best_state = float("inf"), None
    step = 0
    for epoch in range(1, args.epochs + 1):
        running = 0.0
        for batch in make_batches(training, args.batch, rng):
            letters, per_dialect = tensors(batch, targets, symbol_ids)
            outputs = model(letters)
            loss = 0.0
            for logits, (rows, flat, lengths, input_lengths) in zip(outputs, per_dialect):
                if len(rows) == 0:
                    continue
                log_probs = logits[rows].log_softmax(-1).transpose(0, 1)
                loss = loss + F.ctc_loss(log_probs, flat, input_lengths, lengths, zero_infinity=True)
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            step += 1
            running += float(loss)
            if step % 200 == 0:
                print(f"  step {step}/{total_steps} loss {running / 200:.3f} "
                      f"({time.time() - started:.0f} s)", flush=True)
                running = 0.0
        us = phoneme_error_rate(model, validation, targets, symbols, 0)
        gb = phoneme_error_rate(model, validation, targets, symbols, 1)
        print(f"epoch {epoch}: validation PER us {us:.4f} gb {gb:.4f} ({time.time() - started:.0f} s)", flush=True)
        if us + gb < best_per:
            # Written at once, so an interrupted run still leaves its best model so far.
            best_per = us + gb
            best_state = {k: v.clone() for k, v in model.state_dict().items()}
            model.eval()
            export(model, symbols, args.output)
            model.train()

    model.load_state_dict(best_state)
    model.eval()
    us = phoneme_error_rate(model, validation, targets, symbols, 0)
    gb = phoneme_error_rate(model, validation, targets, symbols, 1)
    print(f"trained in {time.time() - started:.0f} s; best validation PER (stress ignored) us {us:.4f} gb {gb:.4f}; "
          f"wrote {args.output} ({os.path.getsize(args.output)} bytes)", flush=True)


def export(model, symbols, output):
    """ONNX with the alphabets in its metadata, so the Java side reads them from the model file."""
    example = torch.tensor([encode_word("example")], dtype=torch.long)
    torch.onnx.export(Exported(model), (example,), output, input_names=["letters"],
                      output_names=["us", "gb"], dynamic_axes={"letters": {1: "n"}, "us": {0: "frames"},
                                                                 "gb": {0: "frames"}},
                      opset_version=13, do_constant_folding=True)
    try:
        import onnx
    except ImportError:
        print("python3-onnx is missing: the model has no alphabet metadata", file=sys.stderr)
        raise
    graph = onnx.load(output)
    for key, value in (("letters", LETTERS), ("symbols", "".join(symbols)), ("upsample", str(UPSAMPLE)),
                       ("max_letters", str(MAX_LETTERS))):
        entry = graph.metadata_props.add()
        entry.key, entry.value = key, value
    onnx.save(graph, output)


if __name__ == "__main__":
    main()
