// A real claim ran end to end through bn:check: report, JSON and JUnit XML are there, the smoke
// verdict is marked as not evidence, and failOn=refuted let the build pass.
import groovy.json.JsonSlurper

def id = 'it-bn-raises-tiny-mlp-accuracy'
def report = new File(basedir, 'target/bn-report')
def html = new File(report, 'index.html').text
assert html.contains(id)
assert html.contains('not evidence')
def json = new JsonSlurper().parse(new File(report, 'verdicts.json'))
assert json.profile == 'smoke'
assert json.claims*.id == [id]
def claim = json.claims[0]
assert claim.profile == 'smoke'
assert claim.evidence == false
assert claim.verdict in ['SUPPORTED', 'REFUTED', 'INCONCLUSIVE']
assert claim.runs == 6 && claim.cacheHits == 0 && claim.failures == 0
assert claim.tests.any { it.name == 'BN - none' && it.n == 3 && it.arms.BN.size() == 3 }
def junit = new File(report, 'junit/TEST-bn-claims.xml').text
assert junit.contains(id)
def log = new File(basedir, 'build.log').text
assert log.contains('bn: forking the claims JVM')
assert log.contains('BUILD SUCCESS')
return true
