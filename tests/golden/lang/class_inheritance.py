class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def kind(self):
        return type(self).__name__
class Dog(Animal):
    sound = 'woof'
class Puppy(Dog):
    def speak(self):
        return Animal.speak(self) + '!'
class Cat(Animal):
    sound = 'meow'
    def __init__(self, name, lives=9):
        super().__init__(name)
        self.lives = lives
for a in [Animal('gen'), Dog('rex'), Puppy('bit'), Cat('tom')]:
    print(a.speak(), a.kind())
print(Cat('c').lives)
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), issubclass(Dog, Dog))
print(isinstance(Puppy('p'), Dog), isinstance(Cat('c'), (Dog, Cat)))
print(Puppy.__mro__)
print(Puppy.__bases__, Animal.__subclasses__())
