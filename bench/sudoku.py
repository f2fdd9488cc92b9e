# sudoku: board search by constraint propagation and backtracking with
# bit masks and the minimum-remaining-values heuristic. Puzzles are made
# from a patterned solved grid by blanking cells with our own LCG; the
# solver counts solutions (up to LIMIT) and prints the first one's checksum.
import sys

PUZZLES = 70
LIMIT = 200
if "--quick" in sys.argv[1:]:
    PUZZLES = 3

ALL = 0x1FF
ROW_OF = [i // 9 for i in range(81)]
COL_OF = [i % 9 for i in range(81)]
BOX_OF = [(i // 27) * 3 + (i % 9) // 3 for i in range(81)]
BITCOUNT = [bin(m).count("1") for m in range(512)]


def solved_grid(shift):
    # the classic pattern (r*3 + r//3 + c) % 9, relabelled
    labels = [(d * 4 + shift) % 9 + 1 for d in range(9)]
    return [labels[(r * 3 + r // 3 + c) % 9] for r in range(9) for c in range(9)]


def make_puzzle(seed, blanks):
    grid = solved_grid(seed % 9)
    s = seed
    cells = list(range(81))
    for k in range(blanks):
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        j = k + (s >> 8) % (81 - k)
        cells[k], cells[j] = cells[j], cells[k]
    for i in cells[:blanks]:
        grid[i] = 0
    return grid


class Solver:
    def __init__(self, grid):
        self.grid = grid[:]
        self.rows = [0] * 9
        self.cols = [0] * 9
        self.boxes = [0] * 9
        self.nodes = 0
        self.solutions = []
        for i, v in enumerate(grid):
            if v:
                bit = 1 << (v - 1)
                self.rows[ROW_OF[i]] |= bit
                self.cols[COL_OF[i]] |= bit
                self.boxes[BOX_OF[i]] |= bit

    def candidates(self, i):
        return ALL & ~(self.rows[ROW_OF[i]] | self.cols[COL_OF[i]] | self.boxes[BOX_OF[i]])

    def search(self, limit):
        self.nodes += 1
        grid = self.grid
        best = -1
        best_count = 10
        best_mask = 0
        for i in range(81):
            if grid[i] == 0:
                m = self.candidates(i)
                c = BITCOUNT[m]
                if c < best_count:
                    best, best_count, best_mask = i, c, m
                    if c <= 1:
                        break
        if best < 0:
            self.solutions.append(grid[:])
            return len(self.solutions) >= limit
        if best_count == 0:
            return False
        r, c, b = ROW_OF[best], COL_OF[best], BOX_OF[best]
        m = best_mask
        while m:
            bit = m & -m
            m ^= bit
            grid[best] = bit.bit_length()
            self.rows[r] |= bit
            self.cols[c] |= bit
            self.boxes[b] |= bit
            done = self.search(limit)
            self.rows[r] ^= bit
            self.cols[c] ^= bit
            self.boxes[b] ^= bit
            grid[best] = 0
            if done:
                return True
        return False


def valid(grid):
    for k in range(9):
        row = {grid[k * 9 + j] for j in range(9)}
        col = {grid[j * 9 + k] for j in range(9)}
        box = {grid[(k // 3 * 3 + j // 3) * 9 + k % 3 * 3 + j % 3] for j in range(9)}
        if len(row) != 9 or len(col) != 9 or len(box) != 9:
            return False
    return True


def main():
    total_nodes = 0
    unique = 0
    for p in range(PUZZLES):
        puzzle = make_puzzle(1000 + p * 7919, 50 + p % 8)
        s = Solver(puzzle)
        s.search(LIMIT)
        total_nodes += s.nodes
        if len(s.solutions) < LIMIT:
            unique += 1
        first = s.solutions[0]
        if p < 3 or p == PUZZLES - 1:
            print("puzzle", p, "".join(str(v) if v else "." for v in puzzle))
            print("  solutions", len(s.solutions), "nodes", s.nodes, "valid", valid(first),
                  "first row", first[:9])
    print("puzzles", PUZZLES, "under-limit", unique, "nodes", total_nodes)


main()
