def log = new File(basedir, 'build.log').text
assert log.contains('bn: 2 claim(s), profile gpu:')
assert log.contains('statement: Fixture claim b-refuted holds.')
assert log.contains('paper:     paper setting of a-supported')
assert log =~ /gpu:\s+profile=gpu/
assert !new File(basedir, 'target/bn-verdicts').exists()
return true
