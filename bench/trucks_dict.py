# trucks_dict: the seeds' scenario: 1,000,000 delivery-truck positions,
# each an instance of an ordinary class (attributes in a __dict__) with
# two float attributes, all kept alive in a list. Compare peak memory
# with trucks_slots.py.
import sys

COUNT = 1_000_000
if "--quick" in sys.argv[1:]:
    COUNT = 10_000


class Truck:
    def __init__(self, lat, lng):
        self.lat = lat
        self.lng = lng


def main():
    trucks = [Truck(40.0 + (i % 1000) * 0.001, -74.0 - (i % 777) * 0.001)
              for i in range(COUNT)]
    lat_sum = 0.0
    lng_sum = 0.0
    for t in trucks:
        lat_sum += t.lat
        lng_sum += t.lng
    for t in trucks[::1000]:
        t.lat += 1.0
    print(len(trucks), "trucks")
    print("sum lat %.6f lng %.6f" % (lat_sum, lng_sum))
    print("moved %.3f" % sum(t.lat for t in trucks[::1000]))
    print("has __dict__:", hasattr(trucks[0], "__dict__"))


main()
