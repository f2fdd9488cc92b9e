# tests/stress/threads_churn.py: 10,000 threads started and joined in sequence
# leak no memory: RSS after the last batch stays within 4 MiB of RSS after
# the first 1,000.
import threading


def rss_kib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def work(box):
    box.append(1)


def batch(n):
    for _ in range(n):
        box = []
        t = threading.Thread(target=work, args=(box,))
        t.start()
        t.join()
        assert box == [1]


batch(1000)
first = rss_kib()
batch(9000)
last = rss_kib()
print(f"RSS after 1,000 threads {first} KiB, after 10,000 {last} KiB")
print("PASS thread churn" if last - first < 4096 else "FAIL thread churn")
