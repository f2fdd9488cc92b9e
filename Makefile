# pith: the one build entry point. Out-of-tree builds into build/<variant>/.
#   make                 release build (build/release/pith)
#   make VARIANT=debug   -O0 -g, PT_DEBUG=1
#   make VARIANT=asan    AddressSanitizer + UndefinedBehaviorSanitizer
#   make test            every test under release and asan
#   make run             install dependencies, build, run examples/tour.py

VARIANT ?= release
CC      ?= cc
BUILD   ?= build
B       := $(BUILD)/$(VARIANT)

WARN := -Wall -Wextra -Wshadow -Wundef -Wwrite-strings -Wstrict-prototypes \
        -Wmissing-prototypes -Wold-style-definition -Wno-unused-parameter \
        -Wno-missing-field-initializers -Wno-sign-compare
ifeq ($(CI),true)
WARN += -Werror
endif

# Release is not position-independent: no GOT indirection on the hot paths, and
# no start-up relocations of the type tables (about 250 KB less resident).
CFLAGS_release := -O2 -g -fno-pie
CFLAGS_debug   := -O0 -g -DPT_DEBUG=1
CFLAGS_asan    := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
                  -fno-sanitize-recover=undefined -DPT_DEBUG=1
CFLAGS_gcstress := -O1 -g -DPT_DEBUG=1 -DPT_DEBUG_GC_STRESS=1
CFLAGS_tsan    := -O1 -g -fsanitize=thread
LDFLAGS_release := -no-pie
LDFLAGS_asan   := -fsanitize=address,undefined
LDFLAGS_tsan   := -fsanitize=thread

CFLAGS  := -std=c11 -D_GNU_SOURCE -DPT_CORE -Iinclude -Isrc -I$(B)/gen $(WARN) $(CFLAGS_$(VARIANT)) $(EXTRA_CFLAGS)
LDLIBS  := -lgmp -lutf8proc -lpcre2-8 -lz -lm -lpthread -ldl
LDFLAGS := $(LDFLAGS_$(VARIANT))

CORE_SRC := $(sort $(wildcard src/os/*.c src/mem/*.c src/obj/*.c src/compile/*.c src/vm/*.c src/modules/*.c))
MAIN_SRC := $(wildcard src/main/*.c)
CORE_OBJ := $(CORE_SRC:%.c=$(B)/obj/%.o)
MAIN_OBJ := $(MAIN_SRC:%.c=$(B)/obj/%.o)
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(B)/unit/%)

.PHONY: all run test test-release test-asan unit bench clean install deps regen-exp check format
all: $(B)/pith

$(B)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

# Unicode character names and the properties utf8proc lacks: a small C tool
# reads the Unicode Character Database that Debian's unicode-data package
# installs (UCD) and writes const tables into $(B)/gen/unicode_names.h, which
# only src/obj/unicode_names.c includes. Built and run here, never committed.
UCD ?= /usr/share/unicode
$(B)/gen/gen_unicode_names: tools/gen_unicode_names.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -O1 -D_GNU_SOURCE $(WARN) -o $@ $<

$(B)/gen/unicode_names.h: $(B)/gen/gen_unicode_names
	$< $(UCD) > $@.tmp && mv $@.tmp $@

$(B)/obj/src/obj/unicode_names.o: $(B)/gen/unicode_names.h

$(B)/libpith.a: $(CORE_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(B)/pith: $(MAIN_OBJ) $(B)/libpith.a
	$(CC) $(LDFLAGS) -o $@ $(MAIN_OBJ) $(B)/libpith.a $(LDLIBS)

$(B)/unit/%: tests/unit/%.c $(B)/libpith.a tests/unit/harness.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libpith.a $(LDLIBS)

unit: $(UNIT_BIN)

deps:
	@sh tools/install-deps.sh

run: deps
	$(MAKE) VARIANT=release
	build/release/pith examples/tour.py

test-release:
	$(MAKE) VARIANT=release all unit
	python3 bench/check.py
	python3 tests/run.py --variant release

test-asan:
	$(MAKE) VARIANT=asan all unit
	python3 tests/run.py --variant asan

# Release first, then the sanitizer build: sequential, so each gets both cores.
test:
	$(MAKE) test-release
	$(MAKE) test-asan

# What CI runs.
check: test

format:
	clang-format -i $(CORE_SRC) $(MAIN_SRC) $(wildcard include/pith/*.h src/*/*.h)

bench:
	$(MAKE) VARIANT=release
	python3 bench/run.py $(BENCH_ARGS)

regen-exp:
	python3 tools/regen_exp.py

install: all
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(B)/pith $(DESTDIR)$(PREFIX)/bin/pith

PREFIX ?= /usr/local

clean:
	rm -rf build

-include $(CORE_OBJ:.o=.d) $(MAIN_OBJ:.o=.d)
