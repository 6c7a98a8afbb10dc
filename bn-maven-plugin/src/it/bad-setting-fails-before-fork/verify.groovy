// bn.seeds=0 is refused by the mojo, with the value and what is allowed, before any fork.
def log = new File(basedir, 'build.log').text
assert log.contains("bn: bn.seeds = '0'; allowed: an integer >= 2")
assert !log.contains('bn: forking the claims JVM')
assert !new File(basedir, 'target/bn-check.args').exists()
assert !new File(basedir, 'target/bn-report').exists()
return true
