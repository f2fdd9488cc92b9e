# check: stderr code
class User:
    def __init__(self, profile=None):
        self.profile = profile
u = User()
print('user created')
print(u.profile.email)
