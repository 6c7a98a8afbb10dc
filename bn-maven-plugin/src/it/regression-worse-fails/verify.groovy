def log = new File(basedir, 'build.log').text
assert log.contains('b-inconclusive: regressed SUPPORTED -> INCONCLUSIVE')
assert !log.contains('a-supported: regressed')
assert new File(basedir, 'target/bn-report/index.html').exists()
return true
