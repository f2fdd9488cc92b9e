print("pkg_cli init:", __name__)
