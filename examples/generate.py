#!/usr/bin/env python3
"""Seeded generators for the bundled example data (pure standard library, any Python 3.8+).

    python3 examples/generate.py            # rewrites the data files of examples/*/

The committed CSV files are exactly what this script writes; re-running it reproduces them byte for byte.
"""
import csv
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))


def sigmoid(x):
    return 1.0 / (1.0 + math.exp(-x))


def write(path, header, rows):
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def fraud(n=6000, seed=7):
    """Card transactions: about 3% fraud; a score that ranks well but is over-confident in some countries."""
    rnd = random.Random(seed)
    countries = [("US", 0.45), ("GB", 0.2), ("DE", 0.15), ("BR", 0.12), ("IN", 0.08)]
    devices = ["web", "ios", "android"]
    rows = []
    for i in range(n):
        r, acc = rnd.random(), 0.0
        for country, share in countries:
            acc += share
            if r <= acc:
                break
        device = rnd.choice(devices)
        amount = round(math.exp(rnd.gauss(3.5, 1.1)), 2)
        risk = -3.9 + 0.35 * (math.log(amount) - 3.5) + (0.6 if country == "BR" else 0.0) + (0.3 if device == "web" else 0)
        is_fraud = 1 if rnd.random() < sigmoid(risk) else 0
        signal = risk + (2.2 if is_fraud else 0.0) + rnd.gauss(0, 1.3)
        bias = 0.8 if country in ("BR", "IN") else 0.0
        prob = round(sigmoid(signal - 0.6 + bias), 3)  # rounded: ties, as real model outputs have
        rows.append([f"t{i:05d}", country, device, amount, is_fraud, prob])
    write(os.path.join(HERE, "fraud", "transactions.csv"),
          ["txn_id", "country", "device", "amount", "is_fraud", "fraud_prob"], rows)


def fraud_candidate(seed=8):
    """A retrained fraud model for `verdict compare`: the same transactions (read from transactions.csv, written in
    shuffled order: compare pairs rows by txn_id), a score with a little more signal and less country bias."""
    rnd = random.Random(seed)
    with open(os.path.join(HERE, "fraud", "transactions.csv"), newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    out = []
    for txn_id, country, device, amount, is_fraud, prob in body:
        p = min(max(float(prob), 0.001), 0.999)
        logit = math.log(p / (1 - p))
        bias = 0.5 if country in ("BR", "IN") else 0.0
        new = 0.85 * logit - bias + (0.9 if is_fraud == "1" else 0.0) + rnd.gauss(0, 0.6)
        out.append([txn_id, country, device, amount, is_fraud, round(sigmoid(new), 3)])
    rnd.shuffle(out)
    write(os.path.join(HERE, "fraud", "candidate.csv"), header, out)


def tickets(n=4000, seed=11):
    """Support tickets routed to one of four queues; 'urgent' is rare and matters most."""
    rnd = random.Random(seed)
    classes = ["billing", "technical", "account", "urgent"]
    priors = [0.38, 0.34, 0.22, 0.06]
    channels = ["email", "chat", "phone"]
    rows = []
    for i in range(n):
        r, acc, true = rnd.random(), 0.0, 0
        for k, p in enumerate(priors):
            acc += p
            if r <= acc:
                true = k
                break
        logits = [rnd.gauss(0, 1.0) + math.log(priors[k]) for k in range(4)]
        logits[true] += 1.6 if classes[true] != "urgent" else 1.1
        m = max(logits)
        ex = [math.exp(v - m) for v in logits]
        s = sum(ex)
        probs = [round(e / s, 4) for e in ex]
        probs[3] = round(1.0 - sum(probs[:3]), 4)  # rows sum to 1 within rounding
        if probs[3] < 0:
            probs[3] = 0.0
            probs[0] = round(1.0 - sum(probs[1:]), 4)
        pred = classes[max(range(4), key=lambda k: probs[k])]
        rows.append([f"k{i:05d}", rnd.choice(channels), classes[true], pred] + probs)
    write(os.path.join(HERE, "tickets", "tickets.csv"),
          ["ticket_id", "channel", "queue", "predicted_queue"] + [f"p_{c}" for c in classes], rows)


def delivery(n=5000, seed=23):
    """Delivery times in minutes with a point forecast and an 80% interval; weekly seasonality in the series."""
    rnd = random.Random(seed)
    regions = ["north", "south", "east", "west"]
    rows = []
    start = 1_767_225_600  # 2026-01-01T00:00:00Z
    for i in range(n):
        region = rnd.choice(regions)
        ts = start + i * 600
        day = (ts // 86400) % 7
        base = 32 + 6 * math.sin(2 * math.pi * day / 7) + (8 if region == "east" else 0)
        actual = max(5.0, round(base + rnd.gammavariate(2.0, 4.0) - 8, 1))
        pred = round(base + rnd.gauss(0, 3.0), 1)
        width = 11 + (4 if region == "east" else 0)
        rows.append([f"o{i:05d}", region, ts, actual, pred, round(pred - width / 2 - 2, 1), round(pred + width / 2 + 4, 1)])
    write(os.path.join(HERE, "delivery", "deliveries.csv"),
          ["order_id", "region", "ts", "minutes", "predicted_minutes", "lower_80", "upper_80"], rows)


def search(queries=50, depth=100, seed=31):
    """A TREC run (qid Q0 docno rank score tag) and its qrels (qid 0 docno rel): graded judgments, some relevant
    documents never retrieved, score ties."""
    rnd = random.Random(seed)
    run_lines, qrels_lines = [], []
    for q in range(1, queries + 1):
        qid = "Q%03d" % q
        pool = ["D%05d" % rnd.randrange(100000) for _ in range(depth * 2)]
        pool = sorted(set(pool))
        rnd.shuffle(pool)
        retrieved = pool[:depth]
        judged = rnd.sample(pool[: depth + depth // 2], depth // 2)
        for d in sorted(judged):
            rel = rnd.choice([0, 0, 0, 1, 1, 2])
            qrels_lines.append("%s 0 %s %d\n" % (qid, d, rel))
        scored = [(round(rnd.gauss(0, 1) + (0.8 if d in judged else 0.0), 2), d) for d in retrieved]
        scored.sort(key=lambda t: (-t[0], t[1]))
        for rank, (score, d) in enumerate(scored, 1):
            run_lines.append("%s Q0 %s %d %.2f bm25\n" % (qid, d, rank, score))
    os.makedirs(os.path.join(HERE, "search"), exist_ok=True)
    with open(os.path.join(HERE, "search", "run.txt"), "w") as f:
        f.writelines(run_lines)
    with open(os.path.join(HERE, "search", "qrels.txt"), "w") as f:
        f.writelines(qrels_lines)


def search_queries(seed=37):
    """One row per query of search/run.txt: its category and the ranker's end-to-end latency in ms (log-normal body
    around 40 ms, slower for troubleshooting queries, and a rare slow tail: cache misses, retries), written to
    search/queries.csv for the per-query table (data.queries) of search/plan.yaml. Own seed: run.txt and qrels.txt
    are left as they are."""
    rnd = random.Random(seed)
    with open(os.path.join(HERE, "search", "run.txt")) as f:
        qids = sorted({line.split()[0] for line in f})
    categories = [("how-to", 0.4), ("billing", 0.25), ("account", 0.2), ("troubleshooting", 0.15)]
    rows = []
    for qid in qids:
        r, acc = rnd.random(), 0.0
        for category, share in categories:
            acc += share
            if r <= acc:
                break
        latency = math.exp(rnd.gauss(math.log(40.0), 0.45)) * (1.6 if category == "troubleshooting" else 1.0)
        if rnd.random() < 0.06:
            latency += rnd.uniform(120, 260)
        rows.append([qid, category, round(latency, 1)])
    write(os.path.join(HERE, "search", "queries.csv"), ["qid", "category", "latency_ms"], rows)


def assistant(n=300, seed=41):
    """JSON Lines of assistant answers: hyp, refs (a list of 1-3 references), the answer's summed natural-log token
    probability (logprob) and token count (tokens)."""
    import json
    rnd = random.Random(seed)
    words = ("the order ships within two days you can track it in your account refund is issued to the original "
             "card please contact support if the package is late we are sorry for the delay").split()
    os.makedirs(os.path.join(HERE, "assistant"), exist_ok=True)
    with open(os.path.join(HERE, "assistant", "outputs.jsonl"), "w") as f:
        for i in range(n):
            ref = [rnd.choice(words) for _ in range(rnd.randint(6, 14))]
            refs = [" ".join(ref)]
            for _ in range(rnd.randint(0, 2)):
                alt = [w if rnd.random() < 0.8 else rnd.choice(words) for w in ref]
                refs.append(" ".join(alt))
            hyp = [w for w in ref if rnd.random() < 0.85] + [rnd.choice(words) for _ in range(rnd.randint(0, 2))]
            tokens = len(hyp) + 1
            logprob = round(sum(math.log(rnd.uniform(0.05, 0.95)) for _ in range(tokens)), 4)
            f.write(json.dumps({"id": "A%04d" % i, "hyp": " ".join(hyp), "refs": refs, "logprob": logprob,
                                "tokens": tokens}) + "\n")


def fraud_baseline(seed=8):
    """The model in production (v6) on the same transactions: a weaker, noisier score, for
    `verdict evaluate --baseline` (only fraud_prob differs from transactions.csv)."""
    rnd = random.Random(seed)
    with open(os.path.join(HERE, "fraud", "transactions.csv"), newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    k = header.index("fraud_prob")
    for r in body:
        p = min(max(float(r[k]), 1e-4), 1 - 1e-4)
        logit = math.log(p / (1 - p))
        r[k] = round(sigmoid(0.75 * logit - 0.5 + rnd.gauss(0, 0.9)), 3)
    write(os.path.join(HERE, "fraud", "baseline.csv"), header, body)


def churn(n=10000, seed=53):
    """Subscription customers: about 5% churn next month. The score ranks well, but at threshold 0.5 it flags
    almost nobody, so accuracy is about 95%: the accuracy of predicting that nobody churns."""
    rnd = random.Random(seed)
    regions = ["north", "south", "east", "west"]
    plans = [("basic", 0.5), ("plus", 0.35), ("pro", 0.15)]
    rows = []
    for i in range(n):
        r, acc = rnd.random(), 0.0
        for plan, share in plans:
            acc += share
            if r <= acc:
                break
        region = rnd.choice(regions)
        tenure = rnd.randint(1, 72)
        risk = -3.2 - 0.025 * tenure + (0.7 if plan == "basic" else -0.3 if plan == "pro" else 0.0) \
            + (0.4 if region == "south" else 0.0)
        churned = 1 if rnd.random() < sigmoid(risk + 0.5) else 0
        signal = risk + (2.0 if churned else 0.0) + rnd.gauss(0, 1.0)
        score = round(sigmoid(signal + 0.6), 4)
        rows.append([f"c{i:05d}", region, plan, tenure, churned, score])
    os.makedirs(os.path.join(HERE, "churn"), exist_ok=True)
    write(os.path.join(HERE, "churn", "customers.csv"),
          ["customer_id", "region", "plan", "tenure_months", "churned", "churn_score"], rows)


def assistant_requests(seed=43):
    """The assistant's answers (outputs.jsonl) with what serving them cost: latency_ms, prompt_tokens and
    completion_tokens, written to requests.jsonl (outputs.jsonl is left as it is)."""
    import json
    rnd = random.Random(seed)
    out = []
    with open(os.path.join(HERE, "assistant", "outputs.jsonl")) as f:
        for line in f:
            row = json.loads(line)
            row["prompt_tokens"] = rnd.randint(180, 900)
            row["completion_tokens"] = row["tokens"] + rnd.randint(0, 8)
            row["latency_ms"] = round(120 + 9.0 * row["completion_tokens"] + math.exp(rnd.gauss(4.2, 0.7)), 1)
            out.append(json.dumps(row) + "\n")
    with open(os.path.join(HERE, "assistant", "requests.jsonl"), "w") as f:
        f.writelines(out)


if __name__ == "__main__":
    for d in ("fraud", "tickets", "delivery"):
        os.makedirs(os.path.join(HERE, d), exist_ok=True)
    fraud()
    fraud_candidate()
    tickets()
    delivery()
    search()
    search_queries()
    assistant()
    fraud_baseline()
    churn()
    assistant_requests()
