"""Independent numpy/scipy check of Triad's RSMs of the published THINGS embedding.

Computes, without any Triad code, from the bundled files:
- the choice-probability RSM of the 66-d SPoSE embedding (Hebart et al. 2023), DESIGN.md s4:
  RSM_ij = mean over k != i, j of e^S_ij / (e^S_ij + e^S_ik + e^S_jk), S = X X^T;
- its dot-product RSM S;
- the empirical RSM of the THINGS human judgements (human-a + human-b): kept together /
  shown together, NaN where never shown;
and prints Pearson, Spearman, Kendall tau-a and cosine between them on the off-diagonal upper
triangle, NaN pairs skipped, with the pair counts. Compare with

    triad rsm  datasets/things/reference/spose_embedding_66d_sorted.txt -o cp.npy
    triad rsm -k dot datasets/things/reference/spose_embedding_66d_sorted.txt -o dot.npy
    triad rsm -k empirical datasets/things/triplets_human_a.txt \\
        datasets/things/triplets_human_b_participants.txt -o emp.npy
    triad compare cp.npy emp.npy;  triad compare cp.npy dot.npy

Like Triad's importer, the 46 tiny negative weights of the published file (down to -5.2e-4)
are set to 0 and weights are float32. The choice RSM is done for all 1,854 items, one row at a
time (about a minute); --subset N computes only the rows of the first N items (k still runs
over all 1,854) and compares the N x N block of every matrix. With --triad DIR it also reads Triad's cp.npy, dot.npy and
emp.npy from DIR and prints the largest absolute difference per matrix.

Run from the repository root: python3 src/test/resources/reference/rsm_things_reference.py
"""
import argparse
import time
from pathlib import Path

import numpy as np
from scipy import stats

THINGS = Path("datasets/things")


def load_embedding():
    x = np.loadtxt(THINGS / "reference/spose_embedding_66d_sorted.txt", dtype=np.float64)
    x = np.maximum(x.astype(np.float32), np.float32(0))
    return x.astype(np.float64)


def choice_rsm(s, rows):
    """Rows 0..rows-1 of the full matrix (k runs over all items), row by row: sum over all
    k, then take out the k = i and k = j terms. Returns the rows x rows block."""
    n = s.shape[0]
    e = np.exp(s - max(0.0, s.max() - 700))
    out = np.empty((rows, n))
    diag = np.diag(e)
    for i in range(rows):
        eij = e[i][:, None]                       # (n, 1) over j
        terms = eij / (eij + e[i][None, :] + e)   # [j, k]
        total = terms.sum(axis=1)
        total -= e[i] / (e[i] + diag[i] + e[i])   # k = i
        total -= e[i] / (e[i] + e[i] + diag)      # k = j
        out[i] = total / (n - 2)
    out = out[:, :rows]
    np.fill_diagonal(out, 1.0)
    return out


def empirical_rsm(n):
    kept = np.zeros((n, n))
    shown = np.zeros((n, n))
    for name in ("triplets_human_a.txt", "triplets_human_b_participants.txt"):
        t = np.loadtxt(THINGS / name, dtype=np.int64, ndmin=2)[:, :3]
        a, b, c = t[:, 0], t[:, 1], t[:, 2]
        np.add.at(kept, (a, b), 1)
        np.add.at(kept, (b, a), 1)
        for p, q in ((a, b), (a, c), (b, c)):
            np.add.at(shown, (p, q), 1)
            np.add.at(shown, (q, p), 1)
    with np.errstate(invalid="ignore", divide="ignore"):
        rsm = np.where(shown > 0, kept / shown, np.nan)
    np.fill_diagonal(rsm, 1.0)
    return rsm


def tau_a(x, y):
    """Kendall tau-a from scipy's tau-b: tau_a = tau_b * sqrt((n0 - n1)(n0 - n2)) / n0."""
    n = len(x)
    n0 = n * (n - 1) / 2

    def tied(v):
        _, counts = np.unique(v, return_counts=True)
        return float((counts * (counts - 1) / 2).sum())

    tau_b = stats.kendalltau(x, y).statistic
    return tau_b * np.sqrt((n0 - tied(x)) * (n0 - tied(y))) / n0


def compare(name, a, b):
    iu = np.triu_indices(a.shape[0], k=1)
    x, y = a[iu], b[iu]
    keep = ~(np.isnan(x) | np.isnan(y))
    x, y = x[keep], y[keep]
    print(f"{name}: pairs used {keep.sum():,}, skipped {(~keep).sum():,}")
    print(f"  Pearson r    {np.corrcoef(x, y)[0, 1]:.6f}")
    print(f"  Spearman rho {stats.spearmanr(x, y).statistic:.6f}")
    print(f"  Kendall tau-a {tau_a(x, y):.6f}")
    print(f"  cosine       {x @ y / np.sqrt((x @ x) * (y @ y)):.6f}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--subset", type=int, default=0)
    parser.add_argument("--triad", type=Path, default=None)
    args = parser.parse_args()
    x = load_embedding()
    n = args.subset or x.shape[0]
    s = x @ x.T
    emp = empirical_rsm(x.shape[0])
    start = time.time()
    cp = choice_rsm(s, n)
    print(f"choice-probability RSM of {n} items in {time.time() - start:.1f} s (numpy)")
    compare(f"choice vs empirical (human-a + human-b), {n} items", cp, emp[:n, :n])
    compare(f"choice vs dot product, {n} items", cp, s[:n, :n])
    if args.triad:
        for name, ours in (("cp", cp), ("dot", s[:n, :n]), ("emp", emp[:n, :n])):
            theirs = np.load(args.triad / f"{name}.npy")[:n, :n]
            both = ~(np.isnan(ours) | np.isnan(theirs))
            same_nan = np.array_equal(np.isnan(ours), np.isnan(theirs))
            print(f"{name}: max |numpy - Triad| = {np.abs(ours - theirs)[both].max():.3e}, "
                  f"NaN cells identical: {same_nan}")


if __name__ == "__main__":
    main()
