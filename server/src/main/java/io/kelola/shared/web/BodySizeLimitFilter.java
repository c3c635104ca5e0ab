package io.kelola.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized request bodies before anything parses them: by Content-Length up front, and
 * by counting bytes for chunked bodies. Multipart uploads have their own limits.
 */
class BodySizeLimitFilter extends OncePerRequestFilter {

  /** Most bytes of a refused body read and discarded before answering. */
  static final long SWALLOW_LIMIT = 4L * 1024 * 1024;

  private final long limit;

  BodySizeLimitFilter(long limit) {
    this.limit = limit;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var type = request.getContentType();
    if (type != null && type.startsWith("multipart/")) {
      chain.doFilter(request, response);
      return;
    }
    long length = request.getContentLengthLong();
    if (length > limit) {
      // read what a client may still be sending, so it gets to see the answer instead of a reset
      // connection; a body beyond SWALLOW_LIMIT is not worth reading, and the connection is closed
      if (length <= SWALLOW_LIMIT) request.getInputStream().transferTo(OutputStream.nullOutputStream());
      else response.setHeader("Connection", "close");
      response.setStatus(413);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write("{\"type\":\"" + ProblemTypes.TOO_LARGE + "\",\"title\":\"Content Too Large\",\"status\":413,"
          + "\"detail\":\"Request body exceeds the limit of " + limit + " bytes\"}");
      return;
    }
    chain.doFilter(new Limited(request, limit), response);
  }

  /** Thrown while reading a chunked body that grows past the limit. */
  static final class TooLarge extends IOException {
    TooLarge(long limit) {
      super("Request body exceeds " + limit + " bytes");
    }
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) stream = new Counting(super.getInputStream(), limit);
      return stream;
    }
  }

  private static final class Counting extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private long count;

    Counting(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0 && ++count > limit) throw new TooLarge(limit);
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = in.read(buf, off, len);
      if (n > 0 && (count += n) > limit) throw new TooLarge(limit);
      return n;
    }

    @Override public boolean isFinished() { return in.isFinished(); }
    @Override public boolean isReady() { return in.isReady(); }
    @Override public void setReadListener(ReadListener listener) { in.setReadListener(listener); }
  }
}
