import groovy.json.JsonSlurper

def json = new JsonSlurper().parse(new File(basedir, 'target/bn-report/verdicts.json'))
assert json.claims*.id == ['a-supported', 'b-inconclusive']
assert !new File(basedir, 'target/bn-verdicts/c-excluded.json').exists()
def setting = json.claims[0].runSetting
assert setting.contains('seeds=3') && setting.contains('workers=1') && setting.contains('device=auto')
assert setting.contains('dataDir=' + new File(basedir, 'data').absolutePath)
def log = new File(basedir, 'build.log').text
assert !log.contains('PLAIN TEST RAN')
assert log.contains('b-inconclusive: INCONCLUSIVE (does not fail)')
// Claims run two at a time, so either may finish first.
assert log =~ /\[bn\] claim [12]\/2 b-inconclusive finished .*0 passed, 0 failed, 1 aborted/
assert new File(basedir, 'target/bn-report/index.html').exists()
assert new File(basedir, 'target/bn-report/junit/TEST-bn-claims.xml').exists()
// JUnit's own XML of the forked run.
assert new File(basedir, 'target/bn-junit').listFiles().any { it.name.endsWith('.xml') }
return true
