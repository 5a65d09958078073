"""Writes the byte-exact fixtures of the bad-input corpus (see CORPUS.tsv and
BadInputCorpusTest). Plain Python, no numpy: the .npy files are assembled byte by byte so
that each one is broken in exactly one way. Run from this folder: python3 make_fixtures.py
"""
import gzip
import struct

ITEMS = 10  # the corpus project's item count (TripletFileReaderTest.ITEMS)


def write(name, data):
    with open(name, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def npy(name, shape, values, descr="<f4", fortran=False, extra=b"", cut=0, version=1):
    shape_text = "(" + ", ".join(str(s) for s in shape) + ("," if len(shape) == 1 else "") + ")"
    header = "{'descr': '%s', 'fortran_order': %s, 'shape': %s, }" % (
        descr, "True" if fortran else "False", shape_text)
    prefix = 10 if version == 1 else 12
    total = -(-(prefix + len(header) + 1) // 64) * 64
    header = header + " " * (total - prefix - len(header) - 1) + "\n"
    size = struct.pack("<H", len(header)) if version == 1 else struct.pack("<I", len(header))
    fmt = {"<f4": "<%df", "<f8": "<%dd", "<f2": "<%de", ">f4": ">%df"}[descr]
    data = struct.pack(fmt % len(values), *values)
    blob = b"\x93NUMPY" + bytes([version, 0]) + size + header.encode("latin-1") + data + extra
    write(name, blob[:len(blob) - cut] if cut else blob)


def rows(n, dims=2):
    return [0.25 * (i + 1) for i in range(n * dims)]


def text_matrix(values, dims=2):
    lines = [" ".join(repr(v) for v in values[i:i + dims]) for i in range(0, len(values), dims)]
    return "\n".join(lines) + "\n"


# triplets
write("triplets_empty_file.txt", b"")
write("triplets_header_only.txt", "i j k\n")
write("triplets_header.txt", "i j k\n0 1 2\n3 4 5\n")
write("triplets_pandas_index.csv", ",i,j,k\n0,0,1,2\n1,3,4,5\n")
write("triplets_semicolons.txt", "0;1;2\n3;4;5\n")
write("triplets_bom_crlf.txt", b"\xef\xbb\xbf0 1 2\r\n3 4 5 7\r\n")
write("triplets_mixed_whitespace.txt", "0\t1 2\n  3 ,\t4,5  \n\t\n\n")
write("triplets_latin1.txt", b"0 1 2\n# caf\xe9\n3 4 5\n")
write("triplets_savetxt_floats.txt",
      "0.000000000000000000e+00 1.000000000000000000e+00 2.000000000000000000e+00\n")
write("triplets.txt.gz", gzip.compress(b"0 1 2\n3 4 5\n", mtime=0))
write("triplets_huge_participant.txt", "0 1 2 99999999999\n")

# items (imported into an empty project)
write("items_empty.tsv", b"")
write("items_header_only.tsv", "id\tlabel\n")
write("items_semicolons.csv", "id;label\na;apple\nb;bee\n")
write("items_bom_crlf.tsv", b"\xef\xbb\xbfid\tlabel\r\na\tapple\r\nb\tbee\r\nc\tcat\r\n")
write("items_ragged.tsv", "id\tlabel\na\tapple\nb\n")
write("items_latin1.tsv", b"id\tlabel\nc\tcaf\xe9\n")
write("items_unclosed_quote.csv", 'id,label\na,"apple\n')

# embeddings as text (10 items x 2 dims)
good = rows(ITEMS)
write("embedding_bom_crlf.csv",
      b"\xef\xbb\xbf" + ("dim1,dim2\r\n" + text_matrix(good).replace(" ", ",")
                         .replace("\n", "\r\n")).encode())
write("embedding_nan.txt", text_matrix(good).replace("2.25", "nan"))
write("embedding_inf.txt", text_matrix(good).replace("2.25", "inf"))
write("embedding_negative.txt", text_matrix(good).replace("2.25", "-0.5"))
write("embedding_wrong_rows.txt", text_matrix(rows(ITEMS - 1)))
write("embedding_ragged.txt", text_matrix(good).replace("1.25 1.5", "1.25"))
write("embedding_semicolons.csv", text_matrix(good).replace(" ", ";"))
write("embedding_header_only.txt", "dim1 dim2\n")
write("embedding_empty.txt", b"")

# embeddings as .npy
nan = list(good)
nan[5] = float("nan")
inf = list(good)
inf[5] = float("inf")
neg = list(good)
neg[5] = -0.5
npy("embedding_nan.npy", (ITEMS, 2), nan)
npy("embedding_inf.npy", (ITEMS, 2), inf)
npy("embedding_negative.npy", (ITEMS, 2), neg)
npy("embedding_truncated.npy", (ITEMS, 2), good, cut=40)
npy("embedding_trailing_bytes.npy", (ITEMS, 2), good, extra=b"\0" * 8)
npy("embedding_wrong_rows.npy", (ITEMS - 1, 2), rows(ITEMS - 1))
npy("embedding_lying_shape.npy", (1000000, 1000), good)
npy("embedding_float16.npy", (ITEMS, 2), good, descr="<f2")
npy("embedding_big_endian.npy", (ITEMS, 2), good, descr=">f4")
npy("embedding_fortran.npy", (ITEMS, 2), good, fortran=True)
npy("embedding_3d.npy", (ITEMS, 2, 1), good)
npy("embedding_float64_v2.npy", (ITEMS, 2), good, descr="<f8", version=2)
write("embedding_not_npy.npy", text_matrix(good))
