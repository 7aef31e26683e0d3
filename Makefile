# The front door: `make demo` opens the console on built-in demo data, `make test` runs the tests.
SWIFT     ?= swift
BIN       := $(shell $(SWIFT) build --show-bin-path 2>/dev/null)
RELBIN    := $(shell $(SWIFT) build -c release --show-bin-path 2>/dev/null)
# The end-to-end tests run the built binary.
export VIGIL_BIN := $(BIN)/vigil

.PHONY: all build test bench demo run release clean

all: build

build:
	$(SWIFT) build

# Builds everything (the tests drive the real binary), then runs every test target.
test:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

demo: build
	$(BIN)/vigil demo

run: build
	$(BIN)/vigil

release:
	$(SWIFT) build -c release --product vigil

# Figures for the README; release build, one process per benchmark.
bench:
	$(SWIFT) build -c release
	$(RELBIN)/vigil-bench $(BENCH)

clean:
	rm -rf .build
