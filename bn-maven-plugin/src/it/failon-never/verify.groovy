import groovy.json.JsonSlurper

def json = new JsonSlurper().parse(new File(basedir, 'target/bn-report/verdicts.json'))
assert json.claims*.verdict == ['REFUTED', 'INCONCLUSIVE']
assert new File(basedir, 'build.log').text.contains('a-refuted: REFUTED (does not fail)')
return true
