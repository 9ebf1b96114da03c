#!/usr/bin/env python3
"""Draws docs/performance.svg (time against connector count, generator vs the YamlDotNet floor, log-log)
from the CSV report BenchmarkDotNet writes for GeneratorBenchmarks.

Usage: scripts/perf-chart.py [BenchmarkDotNet.Artifacts/results/KibanaConnectors.Benchmarks.GeneratorBenchmarks-report.csv]
"""
import csv, math, os, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
source = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    root, "BenchmarkDotNet.Artifacts/results/KibanaConnectors.Benchmarks.GeneratorBenchmarks-report.csv")
UNITS = {"ns": 1e-6, "μs": 1e-3, "us": 1e-3, "ms": 1.0, "s": 1e3}


def millis(text):
    value, unit = text.replace(",", "").split()
    return float(value) * UNITS[unit]


series = {}
with open(source, encoding="utf-8") as f:
    for row in csv.DictReader(f):
        method = row["Method"].strip("'")
        label = ("generator" if method.startswith("generator") else "floor (YamlStream.Load)") + f", {row['Files']} file" + ("s" if row["Files"] != "1" else "")
        series.setdefault(label, []).append((int(row["Connectors"]), millis(row["Mean"])))

W, H, L, R, T, B = 720, 440, 70, 230, 30, 50
xs = sorted({x for points in series.values() for x, _ in points})
ys = [y for points in series.values() for _, y in points]
x0, x1 = math.log10(min(xs)), math.log10(max(xs))
y0, y1 = math.floor(math.log10(min(ys))), math.ceil(math.log10(max(ys)))


def px(x): return L + (math.log10(x) - x0) / (x1 - x0) * (W - L - R)
def py(y): return H - B - (math.log10(y) - y0) / (y1 - y0) * (H - T - B)


colors = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728"]
out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
       f'<rect width="{W}" height="{H}" fill="white"/>',
       f'<text x="{L}" y="18" font-size="14">Generator run vs YamlDotNet parse of the same text (mean, log-log)</text>']
for x in xs:
    out.append(f'<line x1="{px(x):.1f}" y1="{T}" x2="{px(x):.1f}" y2="{H - B}" stroke="#ddd"/>')
    out.append(f'<text x="{px(x):.1f}" y="{H - B + 18}" text-anchor="middle">{x:,}</text>')
for e in range(y0, y1 + 1):
    y = 10 ** e
    out.append(f'<line x1="{L}" y1="{py(y):.1f}" x2="{W - R}" y2="{py(y):.1f}" stroke="#ddd"/>')
    out.append(f'<text x="{L - 6}" y="{py(y) + 4:.1f}" text-anchor="end">{y:g} ms</text>')
out.append(f'<text x="{(L + W - R) / 2}" y="{H - 12}" text-anchor="middle">connectors</text>')
for i, (label, points) in enumerate(sorted(series.items())):
    color = colors[i % len(colors)]
    dash = "" if label.startswith("generator") else ' stroke-dasharray="6,4"'
    path = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in sorted(points))
    out.append(f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="2"{dash}/>')
    for x, y in points:
        out.append(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3" fill="{color}"/>')
    out.append(f'<line x1="{W - R + 15}" y1="{T + 20 + i * 20}" x2="{W - R + 40}" y2="{T + 20 + i * 20}" stroke="{color}" stroke-width="2"{dash}/>')
    out.append(f'<text x="{W - R + 46}" y="{T + 24 + i * 20}">{label}</text>')
out.append("</svg>")
with open(os.path.join(root, "docs/performance.svg"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print("wrote docs/performance.svg")
