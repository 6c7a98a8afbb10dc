// bn:list describes the claims for the chosen profile and runs none of them.
def log = new File(basedir, 'build.log').text
assert log.contains('[bn] 3 claim(s), profile gpu:')
assert log.contains('described-claim  (it.Described)')
assert log.contains('statement:      A described fixture claim holds.')
assert log.contains('paperSetting:   MNIST, MLP 784-100-10, 50 epochs')
assert log.contains('seeds (gpu):    10')
assert log.contains('a-supported  (it.ASupported)')
assert !log.contains('finished in')
assert !new File(basedir, 'target/bn-verdicts').exists()
return true
