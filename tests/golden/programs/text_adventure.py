class Room:
    def __init__(self, name, desc):
        self.name = name
        self.desc = desc
        self.exits = {}
        self.items = []

    def connect(self, direction, other, back=None):
        self.exits[direction] = other
        if back:
            other.exits[back] = self


class Game:
    def __init__(self):
        hall = Room('Hall', 'A long hall.')
        kitchen = Room('Kitchen', 'Smells of bread.')
        cellar = Room('Cellar', 'Dark and damp.')
        garden = Room('Garden', 'Sunlit flowers.')
        hall.connect('north', kitchen, 'south')
        kitchen.connect('down', cellar, 'up')
        hall.connect('east', garden, 'west')
        kitchen.items.append('lamp')
        cellar.items.append('key')
        garden.items.append('coin')
        self.room = hall
        self.inventory = []
        self.state = 'playing'
        self.moves = 0
        self.locked = {('Hall', 'east')}

    def handle(self, line):
        words = line.lower().split()
        if not words:
            return 'Say something.'
        verb, *rest = words
        handler = getattr(self, 'do_' + verb, None)
        if handler is None:
            return f"I don't know how to {verb}."
        self.moves += 1
        return handler(*rest)

    def do_look(self):
        exits = ', '.join(sorted(self.room.exits)) or 'none'
        items = ', '.join(self.room.items) or 'nothing'
        return f'{self.room.name}: {self.room.desc} Exits: {exits}. You see: {items}.'

    def do_go(self, direction=None):
        if direction is None:
            return 'Go where?'
        if direction not in self.room.exits:
            return f"You can't go {direction}."
        if (self.room.name, direction) in self.locked:
            if 'key' in self.inventory:
                self.locked.discard((self.room.name, direction))
                msg = 'You unlock the door. '
            else:
                return 'The door is locked.'
        else:
            msg = ''
        target = self.room.exits[direction]
        if target.name == 'Cellar' and 'lamp' not in self.inventory:
            return 'It is too dark to go down there.'
        self.room = target
        if target.name == 'Garden' and 'coin' in target.items:
            self.state = 'won'
        return msg + f'You are in the {self.room.name}.'

    def do_take(self, item=None):
        if item in self.room.items:
            self.room.items.remove(item)
            self.inventory.append(item)
            return f'Taken: {item}.'
        return f'There is no {item} here.'

    def do_drop(self, item=None):
        if item not in self.inventory:
            return f"You don't have {item}."
        self.inventory.remove(item)
        self.room.items.append(item)
        return f'Dropped: {item}.'

    def do_inventory(self):
        return 'You carry: ' + (', '.join(sorted(self.inventory)) or 'nothing') + '.'


game = Game()
script = ['look', 'go east', 'go north', 'take lamp', 'take sword', 'go down', 'look', 'take key',
          'inventory', 'dance', '', 'go up', 'go south', 'drop lamp', 'look', 'go', 'go west', 'go east']
for cmd in script:
    print(f'> {cmd}')
    print(game.handle(cmd))
    if game.state != 'playing':
        print(f'*** You {game.state} in {game.moves} moves! ***')
        break
