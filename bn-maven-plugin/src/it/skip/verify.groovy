assert !new File(basedir, 'target/bn-report').exists()
assert !new File(basedir, 'target/bn-verdicts').exists()
assert new File(basedir, 'build.log').text.contains('bn: skipped (bn.skip)')
return true
