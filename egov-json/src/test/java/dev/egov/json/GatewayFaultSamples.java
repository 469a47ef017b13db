package dev.egov.json;

/**
 * Gateway faults in their public forms, for every dialect's tests: WSO2 API Manager's error handling documentation
 * (https://apim.docs.wso2.com/en/3.2.0/troubleshooting/error-handling/), X-Road's REST protocol (pr-rest, error
 * responses: {@code type}, {@code message}, {@code detail}) and OAuth 2.0's token endpoint (RFC 6749, section 5.2).
 * Paths and texts are invented in those forms.
 */
public final class GatewayFaultSamples {

  private GatewayFaultSamples() {}

  public static final String WSO2_JSON = """
      {"code":"900901","message":"Invalid Credentials","description":"Invalid Credentials. Make sure you have \
      provided the correct security credentials"}""";
  public static final String WSO2_THROTTLED = """
      {"code":"900800","message":"Message throttled out","description":"You have exceeded your quota",\
      "nextAccessTime":"2026-Jan-20 09:31:00+0000 UTC"}""";
  public static final String WSO2_LEGACY = """
      {"fault":{"code":900902,"message":"Missing Credentials","description":"Required OAuth credentials not \
      provided. Make sure your API invocation call has a header: 'Authorization : Bearer ACCESS_TOKEN'"}}""";
  public static final String WSO2_XML = """
      <ams:fault xmlns:ams="http://wso2.org/apimanager/security"><ams:code>900901</ams:code>\
      <ams:message>Invalid Credentials</ams:message><ams:description>Access failure for API: /dancu/1.0, version: \
      1.0 status: (900901) - Invalid Credentials.</ams:description></ams:fault>""";
  public static final String WSO2_XML_IN_SOAP = """
      <?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope \
      xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><ams:fault \
      xmlns:ams="http://wso2.org/apimanager/security"><ams:code>900906</ams:code><ams:message>No matching resource \
      found in the API for the given request</ams:message></ams:fault></soapenv:Body></soapenv:Envelope>""";
  public static final String X_ROAD = """
      {"type":"Server.ClientProxy.NetworkError","message":"Unable to connect to the security server",\
      "detail":"f1b2c3"}""";
  public static final String OAUTH = """
      {"error":"invalid_client","error_description":"Client Authentication failed."}""";
}
