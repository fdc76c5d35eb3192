package app.verbatim.corpus;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Checks the admin key of every {@link AdminOnly} request before its body is read: a keyless client learns
 * it needs a key without the service first parsing (and judging) megabytes it will refuse anyway.
 */
@Provider
@AdminOnly
@Priority(Priorities.AUTHENTICATION)
public class AdminKeyFilter implements ContainerRequestFilter {

    private final AdminKey adminKey;

    AdminKeyFilter(AdminKey adminKey) {
        this.adminKey = adminKey;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        adminKey.require(request.getHeaderString(AdminKey.HEADER));
    }
}
