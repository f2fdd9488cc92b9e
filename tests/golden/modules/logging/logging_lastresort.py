# check: stderr
import logging
lg = logging.getLogger('lonely')
lg.info('not shown')
lg.warning('warn to stderr %s', 1)
lg.error('error to stderr')
logging.lastResort = None
lg.error('no handlers')
lg.error('no handlers twice')
print('done')
