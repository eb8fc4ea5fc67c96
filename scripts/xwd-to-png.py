"""An X window dump (xwd, 24/32-bit ZPixmap) on stdin to a PNG file: the
kiosk check's screenshot, with nothing but the standard library."""
import struct, sys, zlib

d = sys.stdin.buffer.read()
f = struct.unpack(">25I", d[:100])
header, width, height, bpl, ncolors = f[0], f[4], f[5], f[12], f[19]
px = d[header + ncolors * 12:]
rows = b"".join(b"\0" + bytes(b for i in range(width) for b in px[y * bpl + 4 * i: y * bpl + 4 * i + 3][::-1]) for y in range(height))
def chunk(t, b): return struct.pack(">I", len(b)) + t + b + struct.pack(">I", zlib.crc32(t + b))
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b"")
open(sys.argv[1], "wb").write(png)
