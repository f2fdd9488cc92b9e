VALUE = "second entry"
