package dev.gazette.serve;

import java.net.InetAddress;
import java.util.Locale;

/**
 * Which {@code Host} headers the preview answers: {@code localhost} (and names under it), loopback
 * addresses, and the name or address it was bound to. When bound to every interface, any IP
 * address is accepted too: an address cannot be rebound the way a name can. A request without a
 * {@code Host} (HTTP/1.0) is not from a browser and is allowed.
 */
final class HostCheck {
  private final String boundName;
  private final boolean wildcard;

  HostCheck(String boundHost, InetAddress bound) {
    this.boundName = boundHost.toLowerCase(Locale.ROOT);
    this.wildcard = bound != null && bound.isAnyLocalAddress();
  }

  boolean allows(String hostHeader) {
    if (hostHeader == null) {
      return true;
    }
    String host = withoutPort(hostHeader.strip().toLowerCase(Locale.ROOT));
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (host.equals("localhost") || host.endsWith(".localhost") || host.equals(boundName)
        || host.equals("[" + boundName + "]")) {
      return true;
    }
    String literal = host.startsWith("[") && host.endsWith("]")
        ? host.substring(1, host.length() - 1) : host;
    if (!isIpLiteral(literal)) {
      return false;
    }
    try {
      InetAddress a = InetAddress.getByName(literal); // a literal: no name lookup
      return a.isLoopbackAddress() || wildcard;
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  private static String withoutPort(String host) {
    if (host.startsWith("[")) {
      int close = host.indexOf(']');
      return close < 0 ? host : host.substring(0, close + 1);
    }
    int colon = host.indexOf(':');
    return colon < 0 || host.indexOf(':', colon + 1) >= 0 ? host : host.substring(0, colon);
  }

  /** Dotted IPv4 or an IPv6 literal: only these may reach {@code getByName}, never a name. */
  static boolean isIpLiteral(String s) {
    if (s.isEmpty()) {
      return false;
    }
    if (s.indexOf(':') >= 0) {
      return s.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.');
    }
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)
          || Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }
}
