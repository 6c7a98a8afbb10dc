// A real claim with named parameterized rows and a regime check ran end to end through bn:check:
// report, JSON and JUnit XML are there with one entry per row, the smoke verdict is marked as not
// evidence, and failOn=refuted let the build pass.
import groovy.json.JsonSlurper

def id = 'it-bn-raises-tiny-mlp-accuracy'
def report = new File(basedir, 'target/bn-report')
def html = new File(report, 'index.html').text
assert html.contains(id)
assert html.contains('not evidence')
assert html.contains('<h3>Rows</h3>') && html.contains('batch 16') && html.contains('batch 32')
assert html.contains('<h3>Regime checks</h3>')
def json = new JsonSlurper().parse(new File(report, 'verdicts.json'))
assert json.profile == 'smoke'
assert json.claims*.id == [id]
def claim = json.claims[0]
assert claim.profile == 'smoke'
assert claim.evidence == false
assert claim.verdict in ['SUPPORTED', 'REFUTED', 'INCONCLUSIVE']
// 2 rows x 2 arms x 3 seeds, each replicate counted once
assert claim.runs == 12 && claim.cacheHits == 0 && claim.failures == 0
assert claim.tests*.row == ['batch 16', 'batch 32']
assert claim.tests*.name == ['BN - none @ batch 16', 'BN - none @ batch 32']
assert claim.tests.every { it.n == 3 && it.arms.BN.size() == 3 }
assert claim.regimeChecks.size() == 2
assert claim.regimeChecks.every { it.comparison == '>=' && it.threshold == 10.0 }
assert claim.regimeChecks*.row == ['batch 16', 'batch 32']
assert claim.decidedBy.startsWith('reduced profile')
assert claim.data == ['synthetic stand-in for mnist (generated images of its shape): 10 train / 5'
    + ' test per class, native image size, standardized, no augmentation']
def junit = new File(report, 'junit/TEST-bn-claims.xml').text
assert junit.contains(id)
assert junit.contains('[batch 16] BN - none @ batch 16')
// JUnit's own XML of the fork: one testcase per row, with the row's display name
def forkXml = new File(basedir, 'target/bn-junit').listFiles().find { it.name.endsWith('.xml') }.text
assert forkXml.contains('display-name: batch 16') && forkXml.contains('display-name: batch 32')
def log = new File(basedir, 'build.log').text
assert log.contains('bn: forking the claims JVM')
assert log.contains('BUILD SUCCESS')
return true
