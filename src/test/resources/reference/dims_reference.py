"""Independent figures for the Dimensions view and the model comparison (issue 7).

Run from the repository root:

    python3 src/test/resources/reference/dims_reference.py > src/test/resources/reference/dims_reference.json

Reads the bundled THINGS references with numpy only (no Triad code), the way the store does:
float32 weights, tiny negatives (> -0.01) set to 0. Prints JSON with
  - dimension 1 of the 66-d embedding: its label, weight sum and top-10 uniqueIDs (ties by row),
  - the 49-d vs 66-d matching: Hungarian assignment (scipy linear_sum_assignment) on -r of the
    dimension columns (Pearson over items), the matched pairs and how many have r > 0.8,
  - the Pearson correlation of the two dot-product RSMs (off-diagonal upper triangle),
  - agreement of the du2171 sources on shared unordered triplets.
"""
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.optimize import linear_sum_assignment

ROOT = Path(__file__).resolve().parents[4]
THINGS = ROOT / "datasets" / "things"


def load(name):
    x = np.loadtxt(THINGS / "reference" / f"spose_embedding_{name}_sorted.txt",
                   dtype=np.float32)
    x[(x < 0) & (x >= -0.01)] = 0
    assert (x >= 0).all()
    labels = [line.strip() for line in
              (THINGS / "reference" / f"labels_{name}.txt").read_text().splitlines()
              if line.strip()]
    return x, labels


def column_correlations(a, b):
    a = a.astype(np.float64)
    b = b.astype(np.float64)
    a = (a - a.mean(0)) / a.std(0)
    b = (b - b.mean(0)) / b.std(0)
    return a.T @ b / a.shape[0]


def dot_rsm_correlation(a, b):
    a = a.astype(np.float64)
    b = b.astype(np.float64)
    upper = np.triu_indices(a.shape[0], 1)
    return float(np.corrcoef((a @ a.T)[upper], (b @ b.T)[upper])[0, 1])


def triplets(name):
    rows = np.loadtxt(THINGS / "du2171" / f"{name}.txt", dtype=np.int64)
    return [(frozenset(row[:3]), int(row[2])) for row in rows]


def agreement(first, second):
    """Share of identical odd-one-out choices over triplets both answered (first answer of
    each)."""
    a = {}
    for key, odd in triplets(first):
        a.setdefault(key, odd)
    b = {}
    for key, odd in triplets(second):
        b.setdefault(key, odd)
    shared = [key for key in a if key in b]
    same = sum(a[key] == b[key] for key in shared)
    return {"shared": len(shared), "same": same, "share": same / len(shared)}


def main():
    ids = [line.strip() for line in (THINGS / "unique_id.txt").read_text().splitlines()
           if line.strip()]
    x66, labels66 = load("66d")
    x49, labels49 = load("49d")
    column = x66[:, 0]
    top = np.argsort(-column, kind="stable")[:10]
    r = column_correlations(x49, x66)
    rows, cols = linear_sum_assignment(-r)
    matched = r[rows, cols]
    out = {
        "items": len(ids),
        "dim1_label_66d": labels66[0],
        "dim1_sum_66d": float(column.astype(np.float64).sum()),
        "dim1_top10_66d": [ids[i] for i in top],
        "dim1_top10_weights_66d": [float(column[i]) for i in top],
        "matching_49_66": {
            "pairs": len(rows),
            "above_0.8": int((matched > 0.8).sum()),
            "mean_r": float(matched.mean()),
            "unmatched_66d": sorted(int(c) + 1 for c in set(range(66)) - set(cols)),
            "first_pairs": [[int(a) + 1, int(b) + 1, round(float(v), 6)]
                            for a, b, v in list(zip(rows, cols, matched))[:5]],
        },
        "dot_rsm_pearson_49_66": dot_rsm_correlation(x49, x66),
        "agreement": {
            "gpt4_vs_humans": agreement("gpt4", "humans"),
            "gpt35_vs_humans": agreement("gpt35", "humans"),
            "gpt4_vs_gpt35": agreement("gpt4", "gpt35"),
        },
    }
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
