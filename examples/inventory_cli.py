"""inventory_cli.py: a small command-line tool in the style real scripts take.

It keeps an inventory in a JSON file and reports on it, using argparse,
pathlib, json, logging and subprocess:

    pith examples/inventory_cli.py --db /tmp/inv.json add apple 3 --price 0.5
    pith examples/inventory_cli.py --db /tmp/inv.json list
    pith examples/inventory_cli.py --db /tmp/inv.json report --check
"""

import argparse
import json
import logging
import pathlib
import subprocess
import sys

log = logging.getLogger("inventory")


def load(db):
    if not db.exists():
        log.info("no database at %s yet", db.name)
        return {}
    return json.loads(db.read_text(encoding="utf-8"))


def save(db, items):
    db.write_text(json.dumps(items, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    log.info("saved %d item(s)", len(items))


def cmd_add(args, items):
    entry = items.setdefault(args.name, {"qty": 0, "price": 0.0})
    entry["qty"] += args.qty
    if args.price is not None:
        entry["price"] = args.price
    print(f"{args.name}: {entry['qty']} in stock at {entry['price']:.2f}")
    return True


def cmd_remove(args, items):
    if args.name not in items:
        log.error("unknown item %r", args.name)
        return False
    del items[args.name]
    print(f"removed {args.name}")
    return True


def cmd_list(args, items):
    width = max((len(n) for n in items), default=4)
    for name in sorted(items, key=lambda n: (-items[n]["qty"], n)):
        e = items[name]
        print(f"{name:<{width}}  {e['qty']:>5}  {e['price']:>7.2f}")
    return False


def cmd_report(args, items):
    total = sum(e["qty"] * e["price"] for e in items.values())
    print(json.dumps({"items": len(items), "units": sum(e["qty"] for e in items.values()),
                      "value": round(total, 2)}, sort_keys=True))
    if args.check:
        # Ask a child process to validate the file, as a cron job might.
        code = "import json, sys; d = json.load(open(sys.argv[1])); print('valid', len(d))"
        out = subprocess.run([sys.executable, "-c", code, str(args.db)], capture_output=True, text=True)
        print(out.stdout.strip(), "exit", out.returncode)
    return False


def main(argv=None):
    parser = argparse.ArgumentParser(prog="inventory", description="Keep a small inventory.")
    parser.add_argument("--db", type=pathlib.Path, default=pathlib.Path("inventory.json"))
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("add", help="add stock")
    p.add_argument("name")
    p.add_argument("qty", type=int)
    p.add_argument("--price", type=float)
    p.set_defaults(func=cmd_add)
    p = sub.add_parser("remove", help="remove an item")
    p.add_argument("name")
    p.set_defaults(func=cmd_remove)
    sub.add_parser("list", help="list items").set_defaults(func=cmd_list)
    p = sub.add_parser("report", help="summary as JSON")
    p.add_argument("--check", action="store_true")
    p.set_defaults(func=cmd_report)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
    items = load(args.db)
    if args.func(args, items):
        save(args.db, items)
    return 0


if __name__ == "__main__":
    sys.exit(main())
