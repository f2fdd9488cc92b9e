# go: Monte-Carlo tree search (UCT) for the game of Go on a 9x9 board.
# Boards, groups found by flood fill, captures, a simple ko rule and
# random playouts driven by our own LCG, so every run picks the same move.
import sys

PLAYOUTS = 250
RANDOM_GAMES = 20
if "--quick" in sys.argv[1:]:
    PLAYOUTS = 20
    RANDOM_GAMES = 2

SIZE = 9
EMPTY, BLACK, WHITE = 0, 1, 2
PASS = -1
KOMI = 7.5


def make_neighbours():
    nb = []
    for p in range(SIZE * SIZE):
        r, c = divmod(p, SIZE)
        lst = []
        if r > 0:
            lst.append(p - SIZE)
        if r < SIZE - 1:
            lst.append(p + SIZE)
        if c > 0:
            lst.append(p - 1)
        if c < SIZE - 1:
            lst.append(p + 1)
        nb.append(tuple(lst))
    return nb


NEIGHBOURS = make_neighbours()


class Rng:
    def __init__(self, seed):
        self.s = seed

    def below(self, n):
        self.s = (self.s * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.s >> 4) % n


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (SIZE * SIZE)
        self.to_move = BLACK
        self.ko = None
        self.passes = 0
        self.history = []

    def copy(self):
        b = Board.__new__(Board)
        b.cells = self.cells[:]
        b.to_move = self.to_move
        b.ko = self.ko
        b.passes = self.passes
        b.history = []
        return b

    def group(self, p):
        """Return (stones, liberty_count) of the group containing p."""
        color = self.cells[p]
        cells = self.cells
        stones = {p}
        libs = set()
        todo = [p]
        while todo:
            q = todo.pop()
            for n in NEIGHBOURS[q]:
                v = cells[n]
                if v == EMPTY:
                    libs.add(n)
                elif v == color and n not in stones:
                    stones.add(n)
                    todo.append(n)
        return stones, len(libs)

    def is_eye(self, p, color):
        for n in NEIGHBOURS[p]:
            if self.cells[n] != color:
                return False
        return True

    def legal(self, p):
        if p == PASS:
            return True
        if self.cells[p] != EMPTY or p == self.ko:
            return False
        color = self.to_move
        enemy = 3 - color
        for n in NEIGHBOURS[p]:
            if self.cells[n] == EMPTY:
                return True
        # no empty neighbour: legal only if it captures or joins a group
        # that keeps a liberty
        self.cells[p] = color
        ok = False
        for n in NEIGHBOURS[p]:
            v = self.cells[n]
            if v == enemy and self.group(n)[1] == 0:
                ok = True
                break
            if v == color and self.group(n)[1] > 0:
                ok = True
                break
        self.cells[p] = EMPTY
        return ok

    def play(self, p):
        color = self.to_move
        self.to_move = 3 - color
        if p == PASS:
            self.passes += 1
            self.ko = None
            return
        self.passes = 0
        cells = self.cells
        cells[p] = color
        enemy = 3 - color
        captured = []
        for n in NEIGHBOURS[p]:
            if cells[n] == enemy:
                stones, libs = self.group(n)
                if libs == 0:
                    for s in stones:
                        cells[s] = EMPTY
                    captured.extend(stones)
        self.ko = None
        if len(captured) == 1:
            stones, libs = self.group(p)
            if len(stones) == 1 and libs == 1:
                self.ko = captured[0]

    def random_move(self, rng):
        empties = [p for p in range(SIZE * SIZE) if self.cells[p] == EMPTY]
        color = self.to_move
        while empties:
            i = rng.below(len(empties))
            p = empties[i]
            empties[i] = empties[-1]
            empties.pop()
            if not self.is_eye(p, color) and self.legal(p):
                return p
        return PASS

    def score(self):
        """Area score from black's point of view (komi included)."""
        black = white = 0
        cells = self.cells
        for p in range(SIZE * SIZE):
            v = cells[p]
            if v == BLACK:
                black += 1
            elif v == WHITE:
                white += 1
            else:
                around = {cells[n] for n in NEIGHBOURS[p]}
                if around == {BLACK}:
                    black += 1
                elif around == {WHITE}:
                    white += 1
        return black - white - KOMI


class Node:
    __slots__ = ("move", "parent", "children", "wins", "visits", "untried",
                 "player")

    def __init__(self, move, parent, board):
        self.move = move
        self.parent = parent
        self.children = []
        self.wins = 0
        self.visits = 0
        self.player = 3 - board.to_move   # who just moved into this node
        self.untried = [p for p in range(SIZE * SIZE)
                        if board.cells[p] == EMPTY and board.legal(p)
                        and not board.is_eye(p, board.to_move)]

    def select(self):
        best = None
        best_value = -1.0
        log_n = log_approx(self.visits)
        for c in self.children:
            value = c.wins / c.visits + (2.0 * log_n / c.visits) ** 0.5
            if value > best_value:
                best_value = value
                best = c
        return best


def log_approx(n):
    # natural log without the math module: ln(n) = k*ln2 + ln(m), m in [1,2)
    if n <= 1:
        return 0.0
    k = 0
    m = float(n)
    while m >= 2.0:
        m /= 2.0
        k += 1
    y = (m - 1.0) / (m + 1.0)
    y2 = y * y
    s = 0.0
    term = y
    for i in range(1, 16, 2):
        s += term / i
        term *= y2
    return k * 0.6931471805599453 + 2.0 * s


def playout(board, rng):
    moves = 0
    while board.passes < 2 and moves < 200:
        board.play(board.random_move(rng))
        moves += 1
    return board.score()


def uct(root_board, playouts, rng):
    root = Node(None, None, root_board)
    for _ in range(playouts):
        node = root
        board = root_board.copy()
        while not node.untried and node.children:
            node = node.select()
            board.play(node.move)
        if node.untried:
            i = rng.below(len(node.untried))
            move = node.untried.pop(i)
            board.play(move)
            child = Node(move, node, board)
            node.children.append(child)
            node = child
        result = playout(board, rng)
        winner = BLACK if result > 0 else WHITE
        while node is not None:
            node.visits += 1
            if node.player == winner:
                node.wins += 1
            node = node.parent
    best = max(root.children, key=lambda c: (c.visits, -c.move))
    return best, root


def name(p):
    if p == PASS:
        return "pass"
    r, c = divmod(p, SIZE)
    return "ABCDEFGHJ"[c] + str(SIZE - r)


def main():
    rng = Rng(42)
    board = Board()
    for opening in (40, 30, 50):
        board.play(opening)
    best, root = uct(board, PLAYOUTS, rng)
    print("to move:", "black" if board.to_move == BLACK else "white")
    print("best move", name(best.move), "visits", best.visits,
          "wins", best.wins)
    ranked = sorted(root.children, key=lambda c: (-c.visits, c.move))[:5]
    print("top:", ", ".join("%s %d/%d" % (name(c.move), c.wins, c.visits)
                            for c in ranked))
    # a few full random games as a cross-check of the rules engine
    scores = []
    for g in range(RANDOM_GAMES):
        b = Board()
        scores.append(playout(b, rng))
    print("random game scores:", scores)


main()
