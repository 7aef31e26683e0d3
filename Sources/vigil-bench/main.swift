// `make bench`: release-built figures for the README.
print("vigil-bench: no benchmarks yet")
