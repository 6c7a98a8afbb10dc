def log = new File(basedir, 'build.log').text
assert log.contains('c-skipped: newly SKIPPED (was SUPPORTED)')
assert !log.contains('regressed')
assert new File(basedir, 'target/bn-report/verdicts.json').text.contains('"SKIPPED"')
return true
