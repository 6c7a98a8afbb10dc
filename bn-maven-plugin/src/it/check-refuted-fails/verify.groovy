// The report, the JSON and the JUnit XML are written before the gate fails the build.
import groovy.json.JsonSlurper

def report = new File(basedir, 'target/bn-report')
assert new File(report, 'index.html').text.contains('b-refuted')
def json = new JsonSlurper().parse(new File(report, 'verdicts.json'))
assert json.profile == 'smoke'
assert json.claims*.id == ['a-supported', 'b-refuted']
assert json.claims*.verdict == ['SUPPORTED', 'REFUTED']
assert new File(report, 'junit/TEST-bn-claims.xml').text.contains('<failure')
def log = new File(basedir, 'build.log').text
assert log =~ /\[bn\] claim 2\/2 \S+ finished in .* eta /
assert log.contains('failOn=refuted failed the build')
assert log =~ /b-refuted \[not evidence\]\s+REFUTED\s+-0\.02000\s+\[-0\.03000, -0\.01000\]/
// The claims saw the plugin's settings.
assert log.contains('bn: forking the claims JVM')
def setting = json.claims[0].runSetting
assert setting.contains('profile=smoke') && setting.contains('djlOffline=true') && setting.contains('offline=true')
return true
