# Sourced by the benchmark scripts: log in like a browser (the login form's CSRF token and cookie, then POST /login).
#
#   header=$(login_cookie http://127.0.0.1:8281 bench00001 bench-pass-1)
#
# Prints the Cookie header wrk sends (the session, and the form cookie when the console set one); fails with a message
# when the form has no token, the login does not answer 303 or no session cookie comes back.
login_cookie() {   # base URL, username, password
    local base=$1 user=$2 password=$3 jar csrf status session form
    jar=$(mktemp)
    curl -sf -c "$jar" -o "$jar.html" "$base/login"
    csrf=$(sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' "$jar.html" | head -1)
    [[ -n $csrf ]] || { echo "no csrf_token in the login form of $base" >&2; rm -f "$jar" "$jar.html"; return 1; }
    status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" --data-urlencode "csrf_token=$csrf" \
        --data-urlencode "username=$user" --data-urlencode "password=$password" "$base/login")
    session=$(awk '$6 == "billing_session" { print $7 }' "$jar")
    form=$(awk '$6 == "billing_csrf" { print $7 }' "$jar")
    rm -f "$jar" "$jar.html"
    [[ $status == 303 ]] || { echo "login of $user on $base answered $status, expected 303" >&2; return 1; }
    [[ -n $session ]] || { echo "no billing_session cookie after the login of $user" >&2; return 1; }
    printf 'Cookie: billing_session=%s%s' "$session" "${form:+; billing_csrf=$form}"
}
