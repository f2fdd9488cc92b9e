loads = []
loads.append('loaded')
print('_counter_mod body executed')
