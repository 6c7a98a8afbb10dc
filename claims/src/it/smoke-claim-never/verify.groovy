// failOn=never with -Dbn.writeBaseline=true: a real claim ran and its verdict became the baseline.
import groovy.json.JsonSlurper

def id = 'it-bn-raises-tiny-mlp-accuracy'
def json = new JsonSlurper().parse(new File(basedir, 'target/bn-report/verdicts.json'))
assert json.claims*.id == [id]
def verdict = json.claims[0].verdict
def baseline = new JsonSlurper().parse(new File(basedir, 'bn-baseline.json'))
assert baseline == [(id): verdict]
def log = new File(basedir, 'build.log').text
assert log.contains('wrote the baseline of 1 claim verdict(s)')
assert log.contains('BUILD SUCCESS')
return true
