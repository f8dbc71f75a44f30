package com.alibaba.nacos.plugin.auth.impl.users;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Inert stand-in: users live in the database, which the oracle does not have. */
public class NacosUserDetailsServiceImpl implements UserDetailsService {
    @Override
    public UserDetails loadUserByUsername(String username) {
        throw new UsernameNotFoundException(username);
    }
}
