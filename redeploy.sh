#!/usr/bin/env bash
# developer helper during this session
cd /work/main && mvn -B -q install -DskipTests 2>&1 | grep -E "ERROR|FAIL" | head -20
mvn -B -q -pl ear liberty:stop -Dliberty.server.name=portal >/dev/null 2>&1
mvn -B -q -pl ear package liberty:create liberty:deploy liberty:start -DskipTests -Dliberty.server.name=portal -Dportal.http.port=9080 -Dportal.https.port=9443 -Dkeycloak.port=18080 -Dportal.data.dir=/work/main/.run/data -Dportal.smtp.port=3025 2>&1 | tail -5
grep -E " E | W " ear/target/liberty/wlp/usr/servers/portal/logs/messages.log | grep -v CWWKS9122I | cut -c1-400 | tail -15
