# raytrace: a small recursive ray tracer (spheres, a checkered plane,
# point lights, shadows, reflections) with a Vector class; renders a
# small image and prints a checksum and a coarse ASCII preview.
import sys

WIDTH = 208
HEIGHT = 144
if "--quick" in sys.argv[1:]:
    WIDTH = 24
    HEIGHT = 16

EPSILON = 1e-5
MAX_DEPTH = 4


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def mul(self, o):
        return Vector(self.x * o.x, self.y * o.y, self.z * o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y,
                      self.z * o.x - self.x * o.z,
                      self.x * o.y - self.y * o.x)

    def length(self):
        return self.dot(self) ** 0.5

    def normalized(self):
        return self.scale(1.0 / self.length())

    def reflect(self, normal):
        return self - normal.scale(2.0 * self.dot(normal))


BLACK = Vector(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction.scale(t)


class Material:
    def __init__(self, color, diffuse=0.9, specular=0.4, reflect=0.2,
                 checker=None):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect
        self.checker = checker

    def color_at(self, point):
        if self.checker is None:
            return self.color
        if (int(point.x // 1.0) + int(point.z // 1.0)) % 2 == 0:
            return self.color
        return self.checker


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = disc ** 0.5
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, p):
        return (p - self.center).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, p):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = Vector(0.08, 0.08, 0.1)

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def trace(self, ray, depth=0):
        obj, t = self.nearest(ray)
        if obj is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Vector(0.2 + 0.3 * k, 0.3 + 0.4 * k, 0.6 + 0.4 * k)
        point = ray.at(t)
        normal = obj.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = normal.scale(-1.0)
        return self.shade(obj, point, normal, ray, depth)

    def shade(self, obj, point, normal, ray, depth):
        m = obj.material
        base = m.color_at(point)
        color = base.mul(self.ambient)
        for light in self.lights:
            to_light = light.position - point
            dist = to_light.length()
            ldir = to_light.scale(1.0 / dist)
            shadow_obj, shadow_t = self.nearest(Ray(point, ldir))
            if shadow_obj is not None and shadow_t < dist:
                continue
            lambert = normal.dot(ldir)
            if lambert > 0.0:
                color = color + base.mul(light.color).scale(m.diffuse * lambert)
            half = (ldir - ray.direction).normalized()
            spec = normal.dot(half)
            if spec > 0.0:
                color = color + light.color.scale(m.specular * spec ** 40)
        if depth < MAX_DEPTH and m.reflect > 0.0:
            bounce = Ray(point, ray.direction.reflect(normal))
            color = color + self.trace(bounce, depth + 1).scale(m.reflect)
        return color


class Camera:
    def __init__(self, eye, target, up, fov_scale):
        self.eye = eye
        self.forward = (target - eye).normalized()
        self.right = self.forward.cross(up).normalized()
        self.up = self.right.cross(self.forward)
        self.fov_scale = fov_scale

    def ray_for(self, x, y, w, h):
        aspect = w / h
        px = (2.0 * (x + 0.5) / w - 1.0) * aspect * self.fov_scale
        py = (1.0 - 2.0 * (y + 0.5) / h) * self.fov_scale
        d = self.forward + self.right.scale(px) + self.up.scale(py)
        return Ray(self.eye, d)


def build_scene():
    s = Scene()
    s.objects.append(Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0),
                           Material(Vector(0.9, 0.9, 0.9), reflect=0.3,
                                    checker=Vector(0.1, 0.1, 0.1))))
    s.objects.append(Sphere(Vector(0.0, 1.0, 0.0), 1.0,
                            Material(Vector(0.9, 0.2, 0.2), reflect=0.35)))
    s.objects.append(Sphere(Vector(-2.2, 0.7, 1.0), 0.7,
                            Material(Vector(0.2, 0.9, 0.3), reflect=0.15)))
    s.objects.append(Sphere(Vector(2.0, 0.6, -0.6), 0.6,
                            Material(Vector(0.3, 0.4, 1.0), reflect=0.5)))
    s.objects.append(Sphere(Vector(0.9, 0.3, 1.6), 0.3,
                            Material(Vector(1.0, 0.9, 0.2), reflect=0.1)))
    s.lights.append(Light(Vector(-4.0, 6.0, 5.0), Vector(0.8, 0.8, 0.8)))
    s.lights.append(Light(Vector(5.0, 4.0, 3.0), Vector(0.4, 0.35, 0.3)))
    return s


def clamp_byte(v):
    if v <= 0.0:
        return 0
    if v >= 1.0:
        return 255
    return int(v * 255.0)


def render(scene, camera, w, h):
    pixels = []
    for y in range(h):
        row = []
        for x in range(w):
            c = scene.trace(camera.ray_for(x, y, w, h))
            row.append((clamp_byte(c.x), clamp_byte(c.y), clamp_byte(c.z)))
        pixels.append(row)
    return pixels


def main():
    scene = build_scene()
    camera = Camera(Vector(0.0, 2.2, 7.0), Vector(0.0, 0.8, 0.0),
                    Vector(0.0, 1.0, 0.0), 0.55)
    pixels = render(scene, camera, WIDTH, HEIGHT)
    checksum = 0
    total = [0, 0, 0]
    for row in pixels:
        for r, g, b in row:
            checksum = (checksum * 131 + r * 65536 + g * 256 + b) % 2147483647
            total[0] += r
            total[1] += g
            total[2] += b
    print("image %dx%d checksum %d" % (WIDTH, HEIGHT, checksum))
    print("channel sums", total)
    ramp = " .:-=+*#%@"
    for y in range(0, HEIGHT, 4):
        line = []
        for x in range(0, WIDTH, 2):
            r, g, b = pixels[y][x]
            line.append(ramp[(r * 3 + g * 6 + b) * 10 // 2560])
        print("".join(line))


main()
