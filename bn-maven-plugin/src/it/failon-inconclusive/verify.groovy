def log = new File(basedir, 'build.log').text
assert log.contains('failOn=inconclusive failed the build: b-inconclusive: INCONCLUSIVE')
assert new File(basedir, 'target/bn-report/verdicts.json').text.contains('"INCONCLUSIVE"')
return true
